import CoachCore
import Foundation

extension LiveMeetingScreen: ScreenFeature {
  var route: Route { .live(self) }
  var shownCommunityID: UUID? { communityID }

  /// The community, as long as it still has this meeting.
  func context(_ source: ContextSource) -> CommunityContext? {
    source.community(communityID).flatMap {
      $0.community.meeting(withID: meetingID) == nil ? nil : $0
    }
  }

  func keys(_ context: CommunityContext) -> KeyTable<LiveAction> {
    LiveKeys.table(self, context)
  }

  func render(_ context: CommunityContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    LiveMeetingView.render(self, context, &canvas)
  }

  mutating func repair(_ context: CommunityContext) {
    guard let meeting = context.community.meeting(withID: meetingID) else { return }
    current = meeting.liveItemIndex
    let count = context.community.attendanceList(for: meeting).count
    attendanceSelection = max(0, min(attendanceSelection, count - 1))
  }
}
