import CoachCore
import Foundation

/// The live meeting mode: the timer moves with `n` and `p`, quick capture opens small
/// forms, `A` shows the attendance panel, and ending the meeting offers the next steps.
///
/// The meeting's timer facts decide where the live mode is (`Meeting.liveItemIndex`, the
/// running item); `current` follows them after every key, so undo and redo move the
/// highlight with the timer. Esc ends nothing: the running item keeps running while the
/// coach looks something up elsewhere, and `m` brings them back to it.
extension LiveMeetingScreen {
  /// `m`: opens the live mode on a meeting and starts the item it is at.
  static func open(_ meetingID: UUID, _ context: CommunityContext) -> [ScreenCommand] {
    guard let meeting = context.community.meeting(withID: meetingID) else { return [] }
    var screen = LiveMeetingScreen(communityID: context.community.id, meetingID: meetingID)
    screen.current = meeting.liveItemIndex
    return [.push(.live(screen))] + screen.start(context)
  }

  /// Starts the clock of the meeting, unless it runs already (a recorded change: undo takes
  /// it back). In a read-only store the screen shows without a clock. A meeting planned for
  /// another day asks first whether it takes place today: its minutes must carry the day it
  /// was held.
  func start(_ context: CommunityContext) -> [ScreenCommand] {
    let community = context.community
    guard let meeting = community.meeting(withID: meetingID),
      meeting.agenda.indices.contains(meeting.liveItemIndex),
      !meeting.agenda[meeting.liveItemIndex].isRunning, !context.isReadOnly
    else { return [] }
    let started = meeting.agenda.contains { $0.startedAt != nil }
    if meeting.day != context.today && !started {
      let number = community.meetingNumber(meeting.id) ?? 0
      return [
        .present(
          .confirm(
            Confirmation(
              question: context.strings.live.takesPlaceToday(
                number, context.dates.day(meeting.day), context.dates.day(context.today)),
              action: .runToday(community: community.id, meeting: meeting.id))))
      ]
    }
    let label = context.strings.live.started(Self.itemName(meeting, meeting.liveItemIndex))
    let now = context.now
    return [saving(context, label: label) { $0.startLive(now: now) }]
  }

  mutating func perform(_ action: LiveAction, key: Key, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    let community = context.community
    guard let meeting = community.meeting(withID: meetingID) else { return [.pop] }
    current = meeting.liveItemIndex
    let s = context.strings.live
    let members = community.attendanceList(for: meeting)
    switch action {
    case .back:
      return [.pop]
    case .next:
      // Nothing started yet (a meeting opened on another day): n starts the first item.
      if !meeting.agenda.contains(where: { $0.startedAt != nil }) { return start(context) }
      guard current < meeting.agenda.count else { return [] }
      return move(to: current + 1, meeting, context)
    case .endMeeting:
      return move(to: meeting.agenda.count, meeting, context) + [
        .present(.meetingEnded(community: communityID, meeting: meetingID))
      ]
    case .previous:
      guard current > 0 else { return [.flash(s.atFirstItem)] }
      return move(to: current - 1, meeting, context)
    case .note, .decision:
      // After the last item, a note or decision still belongs to the last one.
      let index = min(current, meeting.agenda.count - 1)
      guard meeting.agenda.indices.contains(index) else { return [] }
      let item = meeting.agenda[index]
      let name = Self.itemName(meeting, index)
      let form =
        action.isNote
        ? Forms.liveNote(self, item, name: name, s) : Forms.liveDecision(self, item, name: name, s)
      return [.present(.form(form))]
    case .dynamicsNote:
      return [
        .present(
          .form(Forms.quickNote(community: communityID, meeting: meetingID, context.strings)))
      ]
    case .agreement:
      // Made under the current item; after the last one, under the last (as notes are).
      let index = min(current, meeting.agenda.count - 1)
      let item = meeting.agenda.indices.contains(index) ? meeting.agenda[index].id : nil
      let purpose = FormState.Purpose.live(
        .agreement(community: communityID, meeting: meetingID, item: item))
      return [
        .present(
          .form(
            Forms.agreement(
              nil, in: context.community, purpose: purpose, multiline: false, context.language)))
      ]
    case .followUp:
      let open = Self.openToReview(community, meetingID: meetingID)
      guard !open.isEmpty else { return [.flash(s.nothingOpenToReview)] }
      return [.present(.form(Forms.liveReview(self, open: open, context.language)))]
    case .toggleAttendance, .closePanel:
      showsAttendance = action.isToggle ? !showsAttendance : false
      attendanceSelection = max(0, min(attendanceSelection, members.count - 1))
    case .panel(let move):
      attendanceSelection =
        move.apply(to: attendanceSelection, count: members.count, page: context.listPageSize)
        ?? attendanceSelection
    case .attendance(let attendance):
      let member =
        members.indices.contains(attendanceSelection) ? members[attendanceSelection] : nil
      let (commands, moved) = attendance.record(
        member: member, selection: attendanceSelection, count: members.count,
        meeting: meetingID, context)
      attendanceSelection = moved
      return commands
    }
    return []
  }

  /// Makes `index` the running item (past the last: the agenda is done).
  private mutating func move(to index: Int, _ meeting: Meeting, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    let s = context.strings.live
    let label =
      index >= meeting.agenda.count ? s.finished : s.movedTo(Self.itemName(meeting, index))
    let now = context.now
    var moved = meeting
    moved.moveLive(to: index, now: now)
    current = context.isReadOnly ? current : moved.liveItemIndex
    return [saving(context, label: label) { $0.moveLive(to: index, now: now) }]
  }

  /// A change of this screen's meeting, to save (and undo).
  func saving(_ context: CommunityContext, label: String, _ body: (inout Meeting) -> Void)
    -> ScreenCommand
  {
    var community = context.community
    if var meeting = community.meeting(withID: meetingID) {
      body(&meeting)
      community.updateMeeting(meeting)
    }
    return .save(community, label: label)
  }

  /// The review list's agreements still open as of this meeting, by number: what `c` offers.
  static func openToReview(_ community: Community, meetingID: UUID) -> [Agreement] {
    community.agreementsToReview(in: meetingID)
      .filter { !community.status(of: $0, asOf: meetingID).closes }
      .sorted { $0.number < $1.number }
  }

  /// “3 · Casus boekhouding”: how the live mode names an item.
  static func itemName(_ meeting: Meeting, _ index: Int) -> String {
    guard meeting.agenda.indices.contains(index) else { return "" }
    return "\(index + 1) · " + meeting.agenda[index].title
  }
}

extension Reducer {
  /// Yes to “does it take place today?”: the meeting moves to today and its clock starts,
  /// as one change (one undo).
  static func runToday(_ communityID: UUID, _ meetingID: UUID, _ state: inout AppState)
    -> [Effect]
  {
    guard var community = state.library.loaded[communityID] else { return [] }
    // CoachCore's move: follow-ups recorded in the meeting move with it.
    let today = state.today
    guard attempt(&state, { try community.moveMeeting(meetingID, to: today) }) else { return [] }
    guard var meeting = community.meeting(withID: meetingID) else { return [] }
    meeting.startLive(now: state.now)
    community.updateMeeting(meeting)
    let label = state.strings.live.started(
      LiveMeetingScreen.itemName(meeting, meeting.liveItemIndex))
    let effects = change(&state, label: label) { $0.put(community) }
    if case .live(var screen) = state.route, screen.meetingID == meetingID {
      screen.current = meeting.liveItemIndex
      setRoute(.live(screen), &state)
    }
    return effects
  }

  /// Changes a meeting through `change` (undo, save); for the live mode's forms.
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
