import CoachCore
import Foundation

/// The meetings tab: open a meeting, run it live, plan the next one, delete one.
extension CommunityScreen {
  mutating func performOnMeetings(_ action: CommunityAction, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    let community = context.community
    let meetings = community.meetingsInOrder
    let selected =
      meetings.indices.contains(meetingSelection) ? meetings[meetingSelection] : nil
    switch action {
    case .meetingList(let move):
      meetingSelection =
        move.apply(to: meetingSelection, count: meetings.count, page: context.listPageSize)
        ?? meetingSelection
    case .openMeeting:
      if let selected {
        return [.push(.meeting(MeetingScreen(communityID: id, meetingID: selected.id)))]
      }
    case .runLive:
      if let selected { return LiveMeetingScreen.open(selected.id, context) }
    case .planMeeting:
      return [
        .present(.form(Forms.addMeeting(community, today: context.today, context.strings)))
      ]
    case .deleteMeeting:
      guard let selected else { return [] }
      let number = community.meetingNumber(selected.id) ?? 0
      return [
        .present(
          .confirm(
            Confirmation(
              question: context.strings.meetings.confirmDelete(
                number, context.dates.day(selected.day)),
              action: .deleteMeeting(community: id, meeting: selected.id))))
      ]
    default:
      break
    }
    return []
  }
}
