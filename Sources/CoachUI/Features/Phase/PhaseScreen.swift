import CoachCore
import Foundation

/// The guide to one phase, for a community.
public struct PhaseScreen: Equatable, Sendable {
  public var communityID: UUID
  public var phase: Phase
  public var scroll = 0

  public init(communityID: UUID, phase: Phase) {
    self.communityID = communityID
    self.phase = phase
  }
}

extension PhaseScreen: ScreenFeature {
  var route: Route { .phase(self) }
  var shownCommunityID: UUID? { communityID }

  func context(_ source: ContextSource) -> CommunityContext? { source.community(communityID) }

  func keys(_ context: CommunityContext) -> KeyTable<PhaseAction> {
    PhaseKeys.table(self, context)
  }

  func render(_ context: CommunityContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    PhaseView.render(self, context, &canvas)
    return nil
  }

  mutating func repair(_ context: CommunityContext) {
    scroll = min(scroll, PhaseView.maxScroll(self, context))
  }
}
