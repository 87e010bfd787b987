import Foundation

/// Search everywhere: names, agenda items, notes in the minutes, decisions, agreements,
/// themes and — only when the coach's notebooks are given — the dynamics notes.
///
/// The hits come grouped by community (communities by name), then by kind (the order of
/// `SearchHitKind`), then in each kind's natural order (meeting date, agreement number, …).
public enum Search {
  /// The hits of `text` in `communities`. Without `notebooks` no dynamics note can be found;
  /// with them, each community's notes are searched too.
  public static func hits(
    _ text: String, in communities: [Community], notebooks: [UUID: CoachNotebook]? = nil
  ) -> [SearchHit] {
    let query = SearchQuery(text)
    guard !query.isEmpty else { return [] }
    let indexes = communities.map { community in
      SearchIndex(
        community,
        notebook: notebooks.map { $0[community.id] ?? CoachNotebook(communityID: community.id) })
    }
    return hits(query, in: indexes)
  }

  /// The hits of `query` in indexes built before (the program keeps them between keys).
  public static func hits(_ query: SearchQuery, in indexes: [SearchIndex]) -> [SearchHit] {
    guard !query.isEmpty else { return [] }
    return inOrder(indexes).flatMap { $0.hits(query) }
  }

  /// Communities by name (as everywhere), then by id so two of one name keep their order.
  public static func inOrder(_ indexes: [SearchIndex]) -> [SearchIndex] {
    inOrder(indexes, name: \.communityName, id: \.communityID)
  }

  /// Anything of a community in the order of the results.
  public static func inOrder<T>(_ items: [T], name: (T) -> String, id: (T) -> UUID) -> [T] {
    items.sorted {
      if NameOrder.ascending(name($0), name($1)) { return true }
      if NameOrder.ascending(name($1), name($0)) { return false }
      return id($0).uuidString < id($1).uuidString
    }
  }
}
