import CoachCore
import Foundation

/// The coach's view of what the teachers answered at the shared terminal: the rounds, newest
/// first, and one round in full (Enter). It reads a `CommunityContext`: the community, never
/// the coach's notes.
public struct ChecklistResultsScreen: Equatable, Sendable {
  public var communityID: UUID
  /// The selected round in `rounds` (newest first).
  public var selection = 0
  /// The round shown in full; nil: the list.
  public var openRoundID: UUID?
  /// The first line of the open round shown.
  public var scroll = 0

  public init(communityID: UUID) {
    self.communityID = communityID
  }

  /// Every round, newest first.
  static func rounds(_ community: Community) -> [ChecklistRound] {
    community.checklistRounds().reversed()
  }

  func openRound(_ community: Community) -> ChecklistRound? {
    openRoundID.flatMap { id in community.checklistRounds.first { $0.id == id } }
  }
}

extension ChecklistResultsScreen: ScreenFeature {
  var route: Route { .checklistResults(self) }
  var shownCommunityID: UUID? { communityID }

  func context(_ source: ContextSource) -> CommunityContext? {
    source.community(communityID)
  }

  func keys(_ context: CommunityContext) -> KeyTable<ChecklistResultsAction> {
    ChecklistResultsKeys.table(self, context)
  }

  func render(_ context: CommunityContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    ChecklistResultsView.render(self, context, &canvas)
    return nil
  }

  mutating func repair(_ context: CommunityContext) {
    let count = Self.rounds(context.community).count
    selection = max(0, min(selection, count - 1))
    if openRound(context.community) == nil {
      openRoundID = nil
      scroll = 0
    }
  }
}
