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
    let query = SearchQuery(query)
    guard !query.isEmpty else { return .none }
    let indexes = summaries.compactMap { summary in
      loaded[summary.id].map { community in
        SearchIndexCache.shared.index(
          community, notebook: notebooks[summary.id] ?? CoachNotebook(communityID: summary.id))
      }
    }
    return SearchIndexCache.shared.results(query, in: indexes, covering: indexes.count)
  }
}
