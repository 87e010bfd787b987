import CoachCore
import Foundation

/// One meeting: its agenda, attendance, agreements and notes, to prepare and to look back.
public struct MeetingScreen: Equatable, Sendable {
  public enum Section: Int, CaseIterable, Equatable, Sendable {
    case agenda
    case attendance
    case agreements
    case notes
  }

  public var communityID: UUID
  public var meetingID: UUID
  public var section: Section = .agenda
  /// The selected row of the current section.
  public var selection = 0
  /// The attendance list and the agreements, kept between keys; not part of the value.
  let lists = ViewMemo<MeetingScreenRows.ListsKey, MeetingScreenRows.Lists>()

  public init(communityID: UUID, meetingID: UUID) {
    self.communityID = communityID
    self.meetingID = meetingID
  }
}

extension MeetingScreen: ScreenFeature {
  var route: Route { .meeting(self) }
  var shownCommunityID: UUID? { communityID }

  /// The community, as long as it still has this meeting.
  func context(_ source: ContextSource) -> CommunityContext? {
    source.community(communityID).flatMap {
      $0.community.meeting(withID: meetingID) == nil ? nil : $0
    }
  }

  func keys(_ context: CommunityContext) -> KeyTable<MeetingAction> {
    MeetingKeys.table(self, MeetingScreenRows(context.community, self), context)
  }

  func render(_ context: CommunityContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    MeetingScreenView.render(self, context, &canvas)
  }

  mutating func repair(_ context: CommunityContext) {
    if let rows = MeetingScreenRows(context.community, self) { selection = rows.selection(self) }
  }
}
