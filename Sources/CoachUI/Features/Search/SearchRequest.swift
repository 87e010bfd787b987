import CoachCore
import Foundation

/// A search to run off the key path: the query and what it searches (every community read
/// so far, with the coach's notes). A word found in every agreement of a large archive takes
/// longer than a frame to find, so the screen shows the typed text at once and the hits
/// when the runtime answers `.searched`; a newer request replaces one not started yet.
public struct SearchRequest: Equatable, Sendable {
  public let query: String
  let summaries: [CommunitySummary]
  let loaded: [UUID: Community]
  let notebooks: [UUID: CoachNotebook]

  init(query: String, _ context: SearchContext) {
    self.query = query
    summaries = context.summaries
    loaded = context.loaded
    notebooks = context.notebooks
  }

  /// The hits, each community folded and searched once per change (`SearchIndexCache`).
  public func run() -> SearchResults {
    run(stopping: { false }, partly: { _ in }) ?? .none
  }

  /// The same, community by community in the order of the results: `partly` gets the hits
  /// so far now and then (the first hits show long before a large archive is searched),
  /// and the search gives up (nil) as soon as `stopping` says a newer one waits.
  public func run(stopping: () -> Bool, partly: (SearchResults) -> Void) -> SearchResults? {
    let query = SearchQuery(query)
    guard !query.isEmpty else { return SearchResults.none }
    let cache = SearchIndexCache.shared
    let communities = Search.inOrder(
      summaries.compactMap { loaded[$0.id] }, name: \.name, id: \.id)
    if let known = cache.results(query, covering: communities, notebooks: notebooks) {
      return known.from(loaded, notebooks)
    }
    var hits: [SearchHit] = []
    var lastPart = ContinuousClock.now
    for (count, community) in communities.enumerated() {
      if stopping() { return nil }
      let index = cache.index(
        community, notebook: notebooks[community.id] ?? CoachNotebook(communityID: community.id))
      hits += cache.hits(query, in: index)
      if ContinuousClock.now - lastPart > .milliseconds(30) {
        partly(SearchResults(hits, covering: count + 1).from(loaded, notebooks))
        lastPart = .now
      }
    }
    let results = SearchResults(hits, covering: communities.count).from(loaded, notebooks)
    cache.remember(results, of: query, covering: communities, notebooks: notebooks)
    return results
  }
}
