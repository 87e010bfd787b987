import CoachCore
import Foundation

/// The coach's search over everything: every community read so far, and the coach's notes
/// on them. A type of its own, built only by `ContextSource.search`, because it reaches the
/// group-dynamics notes: `LibraryContext` (the home screen, the follow-up) has no notebook,
/// so a screen built on it cannot find a note.
public struct SearchContext: ScreenContext {
  public let env: ScreenEnvironment
  /// Every community, from the store's index.
  public let summaries: [CommunitySummary]
  /// The communities read so far.
  public let loaded: [UUID: Community]
  /// The coach's notes on the communities read so far.
  let notebooks: [UUID: CoachNotebook]

  /// The coach's notes on a community read (empty when there are none).
  func notebook(_ id: UUID) -> CoachNotebook {
    notebooks[id] ?? CoachNotebook(communityID: id)
  }

  /// How many communities are read, of how many: the search covers those read.
  public var progress: (read: Int, total: Int) {
    (summaries.filter { loaded[$0.id] != nil }.count, summaries.count)
  }

  public var isEverythingLoaded: Bool { summaries.allSatisfy { loaded[$0.id] != nil } }

  /// The hits of `query` over the communities read so far, notes included; each community
  /// folded once per change (see `SearchIndexCache`).
  public func hits(_ query: SearchQuery) -> [SearchHit] {
    guard !query.isEmpty else { return [] }
    let indexes = summaries.compactMap { summary in
      loaded[summary.id].map { community in
        SearchIndexCache.shared.index(
          community, notebook: notebook(summary.id))
      }
    }
    return SearchIndexCache.shared.hits(query, in: indexes)
  }
}
