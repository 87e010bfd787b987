import CoachCore
import Foundation

/// The folded texts of each community, kept between keys: a key typed into the search only
/// matches, it does not fold every text again. An index is used while its community and
/// notebook are the values it was built from (comparing them is cheap when unchanged: their
/// arrays share storage), and built again after any change.
///
/// A memo, not state: what the search shows depends only on the context, so the reducer and
/// the views stay functions of the state. The lock makes it safe from any thread.
final class SearchIndexCache: @unchecked Sendable {
  static let shared = SearchIndexCache()

  private struct Entry {
    let community: Community
    let notebook: CoachNotebook
    let index: SearchIndex
  }

  private let lock = NSLock()
  private var entries: [UUID: Entry] = [:]
  /// The last search: a key's table, its action and the frame all ask for the same hits.
  private var last: (query: SearchQuery, indexes: [SearchIndex], hits: [SearchHit])?

  /// The hits of `query` in `indexes`, found once for both.
  func hits(_ query: SearchQuery, in indexes: [SearchIndex]) -> [SearchHit] {
    lock.lock()
    let previous = last
    lock.unlock()
    if let previous, previous.query == query, previous.indexes == indexes {
      return previous.hits
    }
    let hits = Search.hits(query, in: indexes)
    lock.lock()
    last = (query, indexes, hits)
    lock.unlock()
    return hits
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
