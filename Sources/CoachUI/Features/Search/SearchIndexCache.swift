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
  /// The last results: a key's table, its action and the frame all ask for the same ones.
  private var last: (query: SearchQuery, indexes: [SearchIndex], results: SearchResults)?

  /// The results of `query` in `indexes` (in the order of the results), worked out once.
  func results(_ query: SearchQuery, in indexes: [SearchIndex], covering: Int) -> SearchResults {
    lock.lock()
    defer { lock.unlock() }
    if let last, last.query == query, last.indexes == indexes { return last.results }
    var hits: [SearchHit] = []
    for index in Search.inOrder(indexes) {
      if let known = hitsByCommunity[index.communityID], known.query == query,
        known.index == index
      {
        hits += known.hits
      } else {
        let found = index.hits(query)
        hitsByCommunity[index.communityID] = (query, index, found)
        hits += found
      }
    }
    let results = SearchResults(hits, covering: covering)
    last = (query, indexes, results)
    return results
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
