import CoachCore
import Foundation

/// The live meeting mode: the timer moves with `n` and `p`, quick capture opens small
/// forms, `A` shows the attendance panel, and ending the meeting offers the next steps.
///
/// The meeting's timer facts decide where the live mode is (`Meeting.liveItemIndex`, the
/// running item); `screen.current` follows them after every key, so undo and redo move
/// the highlight with the timer. Esc ends nothing: the running item keeps running while the
/// coach looks something up elsewhere, and `m` brings them back to it.
extension Reducer {
  /// Opens the live mode on a meeting and starts the item it is at (a recorded change:
  /// undo takes it back). In a read-only store the screen opens without a timer. A meeting
  /// planned for another day asks first whether it takes place today: its minutes must
  /// carry the day it was held.
  static func openLive(_ community: Community, meeting id: UUID, _ state: inout AppState)
    -> [Effect]
  {
    guard let meeting = community.meeting(withID: id) else { return [] }
    var screen = LiveMeetingScreen(communityID: community.id, meetingID: id)
    screen.current = meeting.liveItemIndex
    state.routes.append(.live(screen))
    return startLive(screen, &state)
  }

  /// Starts the clock of the live screen's meeting, unless it runs already; on another day
  /// than planned it asks first (yes moves the meeting to today).
  static func startLive(_ screen: LiveMeetingScreen, _ state: inout AppState) -> [Effect] {
    guard let community = state.library.loaded[screen.communityID],
      let meeting = community.meeting(withID: screen.meetingID),
      meeting.agenda.indices.contains(meeting.liveItemIndex),
      !meeting.agenda[meeting.liveItemIndex].isRunning, !state.isReadOnly
    else { return [] }
    let started = meeting.agenda.contains { $0.startedAt != nil }
    if meeting.day != state.today && !started {
      let number = community.meetingNumber(meeting.id) ?? 0
      state.overlays.append(
        .confirm(
          Confirmation(
            question: state.strings.live.takesPlaceToday(
              number, state.dates.day(meeting.day), state.dates.day(state.today)),
            action: .runToday(community: community.id, meeting: meeting.id))))
      return []
    }
    let label = state.strings.live.started(itemName(meeting, meeting.liveItemIndex))
    let now = state.now
    return changeLiveMeeting(screen, label: label, &state) { $0.startLive(now: now) }
  }

  /// Yes to “does it take place today?”: the meeting moves to today and its clock starts,
  /// as one change (one undo).
  static func runToday(_ communityID: UUID, _ meetingID: UUID, _ state: inout AppState)
    -> [Effect]
  {
    guard var community = state.library.loaded[communityID],
      var meeting = community.meeting(withID: meetingID)
    else { return [] }
    meeting.day = state.today
    meeting.startLive(now: state.now)
    community.updateMeeting(meeting)
    let label = state.strings.live.started(itemName(meeting, meeting.liveItemIndex))
    let effects = change(&state, label: label) { $0.put(community) }
    syncLiveCurrent(&state)
    return effects
  }

  static func perform(_ action: LiveAction, _ screen: LiveMeetingScreen, _ state: inout AppState)
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
    let s = state.strings.live
    let members = community.attendanceList(for: meeting)
    switch action {
    case .back:
      popRoute(&state)
    case .next:
      // Nothing started yet (a meeting opened on another day): n starts the first item.
      if !meeting.agenda.contains(where: { $0.startedAt != nil }) {
        return startLive(screen, &state)
      }
      guard screen.current < meeting.agenda.count else { return [] }
      return moveLive(screen, meeting, to: screen.current + 1, &state)
    case .endMeeting:
      let effects = moveLive(screen, meeting, to: meeting.agenda.count, &state)
      state.overlays.append(
        .meetingEnded(community: community.id, meeting: meeting.id))
      return effects
    case .previous:
      guard screen.current > 0 else {
        state.flash = s.atFirstItem
        return []
      }
      return moveLive(screen, meeting, to: screen.current - 1, &state)
    case .note, .decision:
      // After the last item, a note or decision still belongs to the last one.
      let index = min(screen.current, meeting.agenda.count - 1)
      guard meeting.agenda.indices.contains(index) else { return [] }
      let form =
        action.isNote
        ? Forms.liveNote(screen, meeting.agenda[index], name: itemName(meeting, index), s)
        : Forms.liveDecision(screen, meeting.agenda[index], name: itemName(meeting, index), s)
      state.overlays.append(.form(form))
    case .agreement:
      state.overlays.append(.form(Forms.liveAgreement(screen, state.language, state.strings)))
    case .toggleAttendance, .closePanel:
      screen.showsAttendance = action.isToggle ? !screen.showsAttendance : false
      screen.attendanceSelection = max(0, min(screen.attendanceSelection, members.count - 1))
      setRoute(.live(screen), &state)
    case .panel(let move):
      if let moved = move.apply(
        to: screen.attendanceSelection, count: members.count, page: state.listPageSize)
      {
        screen.attendanceSelection = moved
        setRoute(.live(screen), &state)
      }
    case .attendance(let attendance):
      let member =
        members.indices.contains(screen.attendanceSelection)
        ? members[screen.attendanceSelection] : nil
      let (effects, selection) = recordAttendance(
        attendance, member: member, selection: screen.attendanceSelection,
        count: members.count, meeting: meeting.id, community: community.id, &state)
      if case .live(var current) = state.route {
        current.attendanceSelection = selection
        setRoute(.live(current), &state)
      }
      return effects
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
  static func syncLiveCurrent(_ state: inout AppState) {
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

extension LiveAction {
  fileprivate var isNote: Bool {
    if case .note = self { return true }
    return false
  }

  fileprivate var isToggle: Bool {
    if case .toggleAttendance = self { return true }
    return false
  }
}
