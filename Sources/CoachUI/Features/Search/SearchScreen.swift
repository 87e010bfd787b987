import CoachCore
import Foundation

/// Search everywhere (`/` on the home screen): a query typed at the top, the hits below,
/// grouped by community and kind; Enter goes to the hit.
public struct SearchScreen: Equatable, Sendable {
  public var query = TextField()
  /// The selected hit (an index into the hits, not the rows).
  public var selection = 0

  public init() {}
}

extension SearchScreen: ScreenFeature {
  var route: Route { .search(self) }
  var shownCommunityID: UUID? { nil }

  func context(_ source: ContextSource) -> SearchContext? { source.search() }

  func keys(_ context: SearchContext) -> KeyTable<SearchAction> {
    SearchKeys.table(self, context)
  }

  func render(_ context: SearchContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    SearchView.render(self, context, &canvas)
  }

  mutating func repair(_ context: SearchContext) {
    selection = ListSelection.valid(selection, count: hits(context).count) ?? 0
  }

  var takesText: Bool { true }

  /// Every key the table does not bind edits the query (Backspace, Ctrl-U, ← →, letters).
  mutating func type(_ key: Key, _ context: SearchContext) -> [ScreenCommand]? {
    let before = query.text
    guard query.handle(key) else { return nil }
    if query.text != before { selection = 0 }
    return []
  }

  /// The hits of the query over the communities read so far.
  func hits(_ context: SearchContext) -> [SearchHit] {
    context.hits(SearchQuery(query.text))
  }

  /// The selected hit, always one that exists; nil when there is none.
  func selectedHit(_ context: SearchContext) -> SearchHit? {
    let hits = hits(context)
    return ListSelection.valid(selection, count: hits.count).map { hits[$0] }
  }
}
