import Foundation

/// Everything searchable in one community, folded once: build it again only when the
/// community (or its notebook) changed, and search it for every key typed.
///
/// A dynamics note is searchable only when the notebook is given: an index built from a
/// community alone cannot yield one.
public struct SearchIndex: Equatable, Sendable {
  public let communityID: UUID
  public let communityName: String
  /// In the order of the results: kind by kind, each in its natural order.
  let entries: [SearchEntry]

  public init(_ community: Community, notebook: CoachNotebook? = nil) {
    communityID = community.id
    communityName = community.name
    let owned = notebook.flatMap { $0.communityID == community.id ? $0 : nil }
    entries = SearchHitKind.allCases.flatMap { Self.entries($0, community, owned) }
  }

  /// The hits of `query` in this community, in the order of the results.
  public func hits(_ query: SearchQuery) -> [SearchHit] {
    guard !query.isEmpty else { return [] }
    return entries.compactMap { $0.hit(query, community: communityID, name: communityName) }
  }

  /// The searchable texts of one kind: one function per kind (SearchIndex+Kinds.swift).
  static func entries(_ kind: SearchHitKind, _ community: Community, _ notebook: CoachNotebook?)
    -> [SearchEntry]
  {
    switch kind {
    case .communityName: communityNames(community)
    case .member: members(community)
    case .agendaItem: agendaItems(community)
    case .minutesNote: minutesNotes(community)
    case .decision: decisions(community)
    case .agreement: agreements(community)
    case .theme: themes(community)
    case .themeOutput: themeOutputs(community)
    case .themeMoment: themeMoments(community)
    case .dynamicsNote: notebook.map { dynamicsNotes($0, community) } ?? []
    }
  }
}
