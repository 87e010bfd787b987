import CoachCore
import Foundation

/// The live meeting mode: the timer moves with `n` and `p`, quick capture opens small
/// forms, `A` shows the attendance panel.
///
/// The meeting's timer facts decide where the live mode is (`Meeting.liveItemIndex`, the
/// running item); `screen.current` follows them after every key, so undo and redo move
/// the highlight with the timer. Esc ends nothing: the running item keeps running while the
/// coach looks something up elsewhere, and `m` brings them back to it.
extension Reducer {
  /// Opens the live mode on a meeting and starts the item it is at (a recorded change:
  /// undo takes it back). In a read-only store the screen opens without a timer.
  static func openLive(_ community: Community, meeting id: UUID, _ state: inout AppState)
    -> [Effect]
  {
    guard let meeting = community.meeting(withID: id) else { return [] }
    var screen = LiveMeetingScreen(communityID: community.id, meetingID: id)
    screen.current = meeting.liveItemIndex
    state.routes.append(.live(screen))
    guard meeting.agenda.indices.contains(screen.current),
      !meeting.agenda[screen.current].isRunning
    else { return [] }
    // A look at another day's meeting must not put days on its clock.
    if meeting.day != state.today && !meeting.agenda.contains(where: { $0.startedAt != nil }) {
      state.flash = state.strings.live.notToday
      return []
    }
    let label = state.strings.live.started(itemName(meeting, screen.current))
    let now = state.now
    return changeLiveMeeting(screen, label: label, &state) { $0.startLive(now: now) }
  }

  static func handleLive(_ key: Key, _ screen: LiveMeetingScreen, _ state: inout AppState)
    -> [Effect]
  {
    guard let community = state.library.loaded[screen.communityID],
      let meeting = community.meeting(withID: screen.meetingID)
    else {
      popRoute(&state)
      return []
    }
    var screen = screen
    screen.current = meeting.liveItemIndex
    setRoute(.live(screen), &state)
    if screen.showsAttendance && key == .escape {
      screen.showsAttendance = false
      setRoute(.live(screen), &state)
      return []
    }
    if screen.showsAttendance,
      let effects = handleAttendancePanel(key, screen, community, meeting, &state)
    {
      return effects
    }
    let s = state.strings.live
    switch key {
    case .escape, .character("q"):
      popRoute(&state)
    case .character("n"):
      // Nothing started yet (a meeting opened on another day): n starts the first item.
      if !meeting.agenda.contains(where: { $0.startedAt != nil }) {
        let now = state.now
        let label = s.started(itemName(meeting, screen.current))
        return changeLiveMeeting(screen, label: label, &state) { $0.startLive(now: now) }
      }
      guard screen.current < meeting.agenda.count else { return [] }
      return moveLive(screen, meeting, to: screen.current + 1, &state)
    case .character("p"):
      guard screen.current > 0 else {
        if !meeting.agenda.isEmpty { state.flash = s.atFirstItem }
        return []
      }
      return moveLive(screen, meeting, to: screen.current - 1, &state)
    case .character("t"), .character("b"):
      // After the last item, a note or decision still belongs to the last one.
      let index = min(screen.current, meeting.agenda.count - 1)
      guard meeting.agenda.indices.contains(index), !refusedBecauseReadOnly(&state) else {
        return []
      }
      let form =
        key == .character("t")
        ? Forms.liveNote(screen, meeting.agenda[index], name: itemName(meeting, index), s)
        : Forms.liveDecision(screen, meeting.agenda[index], name: itemName(meeting, index), s)
      state.overlays.append(.form(form))
    case .character("h"):
      if refusedBecauseReadOnly(&state) { return [] }
      state.overlays.append(.form(Forms.liveAgreement(screen, state.language, state.strings)))
    case .character("A"):
      screen.showsAttendance.toggle()
      let count = community.attendanceList(for: meeting).count
      screen.attendanceSelection = max(0, min(screen.attendanceSelection, count - 1))
      setRoute(.live(screen), &state)
    default:
      break
    }
    return []
  }

  /// Makes `index` the running item (past the last: the agenda is done).
  private static func moveLive(
    _ screen: LiveMeetingScreen, _ meeting: Meeting, to index: Int, _ state: inout AppState
  ) -> [Effect] {
    let s = state.strings.live
    let label =
      index >= meeting.agenda.count ? s.finished : s.movedTo(itemName(meeting, index))
    let now = state.now
    let effects = changeLiveMeeting(screen, label: label, &state) {
      $0.moveLive(to: index, now: now)
    }
    syncLiveCurrent(&state)
    return effects
  }

  /// ↑/↓ choose a member and Space cycles their attendance while the panel is open; nil
  /// when the key is not the panel's.
  private static func handleAttendancePanel(
    _ key: Key, _ screen: LiveMeetingScreen, _ community: Community, _ meeting: Meeting,
    _ state: inout AppState
  ) -> [Effect]? {
    var screen = screen
    let members = community.attendanceList(for: meeting)
    if let moved = moveSelection(
      screen.attendanceSelection, count: members.count, key: key, page: state.listPageSize)
    {
      screen.attendanceSelection = moved
      setRoute(.live(screen), &state)
      return []
    }
    guard key == .character(" ") else { return nil }
    guard members.indices.contains(screen.attendanceSelection) else { return [] }
    let member = members[screen.attendanceSelection]
    let next = Attendance.next(after: meeting.attendance[member.id])
    let s = state.strings.live
    let label =
      next.map { s.attendanceSet(member.name, $0.label(state.language)) }
      ?? s.attendanceCleared(member.name)
    return change(&state, label: label) { library in
      guard var community = library.loaded[screen.communityID] else { return }
      community.setAttendance(next, of: member.id, at: screen.meetingID)
      library.put(community)
    }
  }

  /// Changes the live screen's meeting through `change` (undo, save).
  static func changeLiveMeeting(
    _ screen: LiveMeetingScreen, label: String, _ state: inout AppState,
    _ body: (inout Meeting) -> Void
  ) -> [Effect] {
    change(&state, label: label) { library in
      guard var community = library.loaded[screen.communityID],
        var meeting = community.meeting(withID: screen.meetingID)
      else { return }
      body(&meeting)
      community.updateMeeting(meeting)
      library.put(community)
    }
  }

  /// Puts the highlight of the live screen on top back on the running item.
  private static func syncLiveCurrent(_ state: inout AppState) {
    guard case .live(var screen) = state.route,
      let meeting = state.library.loaded[screen.communityID]?.meeting(withID: screen.meetingID)
    else { return }
    screen.current = meeting.liveItemIndex
    setRoute(.live(screen), &state)
  }

  /// “3 · Casus boekhouding”: how the live mode names an item.
  static func itemName(_ meeting: Meeting, _ index: Int) -> String {
    guard meeting.agenda.indices.contains(index) else { return "" }
    return "\(index + 1) · " + meeting.agenda[index].title
  }
}
