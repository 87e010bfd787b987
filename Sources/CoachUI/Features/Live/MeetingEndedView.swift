import CoachCore
import Foundation

/// “Meeting 3 has ended after 1:12.” and the next steps, one key each.
enum MeetingEndedView {
  static func render(
    community communityID: UUID, meeting meetingID: UUID, _ state: AppState,
    _ canvas: inout Canvas
  ) {
    guard let community = state.library.loaded[communityID],
      let meeting = community.meeting(withID: meetingID)
    else { return }
    let l = state.strings.live
    let number = community.meetingNumber(meetingID) ?? 0
    let spent = LiveMeetingView.duration(meeting.secondsElapsed(now: state.now), l)
    Dialog.choice(
      title: l.endedTitle, lines: [l.endedText(number, spent)],
      keys: MeetingEndedKeys.table(state).hints, &canvas)
  }
}
