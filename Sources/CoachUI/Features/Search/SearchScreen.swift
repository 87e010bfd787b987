import CoachCore
import Foundation

/// Search everywhere (`/` on the home screen): a query typed at the top, the hits below,
/// grouped by community and kind; Enter goes to the hit.
public struct SearchScreen: Equatable, Sendable {
  public var query = TextField()
  /// The selected hit (an index into the hits, not the rows).
  public var selection = 0
  /// The last hits the runtime found, and for what: shown until those of what is typed now
  /// come in (`.searched`).
  public var found: (query: String, results: SearchResults)?

  public static func == (a: SearchScreen, b: SearchScreen) -> Bool {
    a.query == b.query && a.selection == b.selection && a.found?.query == b.found?.query
      && a.found?.results == b.found?.results
  }

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
    guard query.text != before else { return [] }
    selection = 0
    return searchAgain(context)
  }

  /// Asks the runtime for the hits of the query as it is now (off the key path).
  mutating func searchAgain(_ context: SearchContext) -> [ScreenCommand] {
    if SearchQuery(query.text).isEmpty {
      found = nil
      return []
    }
    return [.effect(.search(context.request(query.text)))]
  }

  /// Whether the hits shown are not yet those of the query over every community read.
  func isSearching(_ context: SearchContext) -> Bool {
    guard !SearchQuery(query.text).isEmpty else { return false }
    guard let found else { return true }
    return found.query != query.text || found.results.covering < context.progress.read
      || isOutOfDate(context)
  }

  /// The hits shown were found before a change to what they came from (the coach went to a
  /// hit, changed it, and came back): the search must run again.
  func isOutOfDate(_ context: SearchContext) -> Bool {
    guard let searched = found?.results.searched else { return false }
    return searched.loaded != context.loaded || searched.notebooks != context.notebooks
  }

  /// The hits of the query over the communities read so far.
  func hits(_ context: SearchContext) -> [SearchHit] { results(context).hits }

  func results(_ context: SearchContext) -> SearchResults {
    SearchQuery(query.text).isEmpty ? .none : found?.results ?? .none
  }

  /// The selected hit's index, always one that exists; nil when there is none.
  func selectedIndex(_ context: SearchContext) -> Int? {
    ListSelection.valid(selection, count: results(context).hits.count)
  }

  /// The selected hit, always one that exists; nil when there is none.
  func selectedHit(_ context: SearchContext) -> SearchHit? {
    let hits = hits(context)
    return ListSelection.valid(selection, count: hits.count).map { hits[$0] }
  }
}
