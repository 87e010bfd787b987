import CoachCore
import Foundation

/// The meetings tab: open a meeting, run it live, plan the next one, delete one.
extension Reducer {
  static func performOnMeetings(
    _ action: CommunityAction, _ screen: CommunityScreen, _ community: Community,
    _ state: inout AppState
  ) -> [Effect] {
    var screen = screen
    let meetings = community.meetingsInOrder
    let selected =
      meetings.indices.contains(screen.meetingSelection) ? meetings[screen.meetingSelection] : nil
    switch action {
    case .meetingList(let move):
      if let moved = move.apply(
        to: screen.meetingSelection, count: meetings.count, page: state.listPageSize)
      {
        screen.meetingSelection = moved
        setRoute(.community(screen), &state)
      }
    case .openMeeting:
      if let selected {
        state.routes.append(
          .meeting(MeetingScreen(communityID: community.id, meetingID: selected.id)))
      }
    case .runLive:
      if let selected { return openLive(community, meeting: selected.id, &state) }
    case .planMeeting:
      state.overlays.append(
        .form(Forms.addMeeting(to: community.id, today: state.today, state.strings)))
    case .deleteMeeting:
      guard let selected else { return [] }
      let number = community.meetingNumber(selected.id) ?? 0
      state.overlays.append(
        .confirm(
          Confirmation(
            question: state.strings.meetings.confirmDelete(number, state.dates.day(selected.day)),
            action: .deleteMeeting(community: community.id, meeting: selected.id))))
    default:
      break
    }
    return []
  }
}
