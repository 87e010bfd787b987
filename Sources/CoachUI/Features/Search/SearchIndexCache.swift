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
