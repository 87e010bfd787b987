import CoachCore
import Foundation

/// The list of communities, the first screen.
public struct HomeScreen: Equatable, Sendable {
  public var selection = 0

  public init() {}
}

extension HomeScreen: ScreenFeature {
  var route: Route { .home(self) }
  var shownCommunityID: UUID? { nil }

  func context(_ source: ContextSource) -> LibraryContext? { source.allCommunities() }

  func keys(_ context: LibraryContext) -> KeyTable<HomeAction> { HomeKeys.table(self, context) }

  func render(_ context: LibraryContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    HomeView.render(self, context, &canvas)
  }

  mutating func repair(_ context: LibraryContext) {
    selection = max(0, min(selection, visible(context).count - 1))
  }

  /// The communities shown, by name: the library keeps them so. (`/` searches everything:
  /// `SearchScreen`.)
  func visible(_ context: LibraryContext) -> [CommunitySummary] {
    context.summaries
  }

  /// Selects a community (after adding or renaming it, which may sort it elsewhere).
  mutating func select(_ id: UUID, _ context: LibraryContext) {
    if let index = visible(context).firstIndex(where: { $0.id == id }) { selection = index }
  }
}
