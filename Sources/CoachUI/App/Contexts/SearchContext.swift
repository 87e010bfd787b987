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

  /// A search of `query` over the communities read so far, for the runtime to run.
  func request(_ query: String) -> SearchRequest { SearchRequest(query: query, self) }
}
