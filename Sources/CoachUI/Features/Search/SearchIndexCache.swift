import CoachCore
import Foundation

/// The folded texts of each community, kept between keys: a key typed into the search only
/// matches, it does not fold every text again. An index is used while its community and
/// notebook are the values it was built from (comparing them is cheap when unchanged: their
/// arrays share storage), and built again after any change.
///
/// A memo, not state: what the search shows depends only on the context, so the reducer and
/// the views stay functions of the state. The lock makes it safe from any thread.
///
/// (A word found in every agreement of a large archive gives tens of thousands of hits:
/// they are found once per community and query, and laid out in lines once per change.)
final class SearchIndexCache: @unchecked Sendable {
  static let shared = SearchIndexCache()

  private struct Entry {
    let community: Community
    let notebook: CoachNotebook
    let index: SearchIndex
  }

  private let lock = NSLock()
  private var entries: [UUID: Entry] = [:]
  /// Each community's hits of the last query: a community read while the coach looks at the
  /// hits is searched alone, not every community again.
  private var hitsByCommunity: [UUID: (query: SearchQuery, index: SearchIndex, hits: [SearchHit])] =
    [:]
  /// The last results, and the communities and notes they cover.
  private var last:
    (
      query: SearchQuery, communities: [Community], notebooks: [UUID: CoachNotebook],
      results: SearchResults
    )?

  /// The results of `query` over exactly these communities and notes, if found before.
  func results(
    _ query: SearchQuery, covering communities: [Community], notebooks: [UUID: CoachNotebook]
  ) -> SearchResults? {
    lock.withLock {
      guard let last, last.query == query, last.communities == communities,
        last.notebooks == notebooks
      else { return nil }
      return last.results
    }
  }

  func remember(
    _ results: SearchResults, of query: SearchQuery, covering communities: [Community],
    notebooks: [UUID: CoachNotebook]
  ) {
    lock.withLock { last = (query, communities, notebooks, results) }
  }

  /// The hits of `query` in one community's index, found once per query and change.
  func hits(_ query: SearchQuery, in index: SearchIndex) -> [SearchHit] {
    if let known = lock.withLock({ hitsByCommunity[index.communityID] }), known.query == query,
      known.index == index
    {
      return known.hits
    }
    let found = index.hits(query)
    lock.withLock { hitsByCommunity[index.communityID] = (query, index, found) }
    return found
  }

  func index(_ community: Community, notebook: CoachNotebook) -> SearchIndex {
    lock.lock()
    let cached = entries[community.id]
    lock.unlock()
    if let cached, cached.community == community, cached.notebook == notebook {
      return cached.index
    }
    let index = SearchIndex(community, notebook: notebook)
    lock.lock()
    entries[community.id] = Entry(community: community, notebook: notebook, index: index)
    lock.unlock()
    return index
  }
}
