import CoachCore
import Foundation

extension Reducer {
  static func handleMeetings(
    _ key: Key, _ screen: CommunityScreen, _ community: Community, _ state: inout AppState
  ) -> [Effect] {
    var screen = screen
    let meetings = community.meetingsInOrder
    let selected =
      meetings.indices.contains(screen.meetingSelection) ? meetings[screen.meetingSelection] : nil
    if let moved = moveSelection(
      screen.meetingSelection, count: meetings.count, key: key, page: state.listPageSize)
    {
      screen.meetingSelection = moved
      setRoute(.community(screen), &state)
      return []
    }
    switch key {
    case .enter:
      if let selected {
        state.routes.append(
          .meeting(MeetingScreen(communityID: community.id, meetingID: selected.id)))
      }
    case .character("m"):
      if let selected { return openLive(community, meeting: selected.id, &state) }
    case .character("a"):
      if refusedBecauseReadOnly(&state) { return [] }
      state.overlays.append(
        .form(Forms.addMeeting(to: community.id, today: state.today, state.strings)))
    case .character("d"), .delete:
      guard let selected, !refusedBecauseReadOnly(&state) else { return [] }
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
