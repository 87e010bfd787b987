import CoachCore
import Foundation

/// Open agreements to check before the next meeting: of one community, or of all.
public struct FollowUpScreen: Equatable, Sendable {
  public enum Grouping: Equatable, Sendable {
    case byOwner
    case byMeeting
  }

  /// nil: every community.
  public var communityID: UUID?
  public var grouping: Grouping = .byOwner
  public var selection = 0
  /// The list worked out for the last key (see `FollowUpMemo`); not part of the value.
  let memo = FollowUpMemo()

  public init(communityID: UUID?) {
    self.communityID = communityID
  }

  public static func == (a: FollowUpScreen, b: FollowUpScreen) -> Bool {
    a.communityID == b.communityID && a.grouping == b.grouping && a.selection == b.selection
  }
}

extension FollowUpScreen: ScreenFeature {
  var route: Route { .followUp(self) }
  var shownCommunityID: UUID? { communityID }

  func context(_ source: ContextSource) -> LibraryContext? { source.allCommunities() }

  func keys(_ context: LibraryContext) -> KeyTable<FollowUpAction> {
    FollowUpKeys.table(self, context)
  }

  func render(_ context: LibraryContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    FollowUpView.render(self, context, &canvas)
    return nil
  }

  mutating func repair(_ context: LibraryContext) {
    selection = selectedIndex(context) ?? 0
  }
}
