import CoachCore
import Foundation

/// A line of the results: a community's name, a kind's heading under it, or a hit.
enum SearchRow: Equatable, Sendable {
  case community(String)
  case kind(SearchHitKind)
  /// A hit, by its index among the hits (what the selection counts).
  case hit(Int)
}

/// The hits of a query and their lines, worked out once per change (see
/// `SearchIndexCache`), so a key or a frame never lays out tens of thousands of hits again.
public struct SearchResults: Equatable, Sendable {
  let hits: [SearchHit]
  /// A heading where the community or the kind changes, then the hits.
  let rows: [SearchRow]
  /// The line of each hit.
  let rowOfHit: [Int]
  /// How many communities the hits are in.
  let communityCount: Int
  /// How many communities were searched.
  let covering: Int
  /// What was searched: hits of communities or notes changed since are out of date.
  private(set) var searched: (loaded: [UUID: Community], notebooks: [UUID: CoachNotebook])?

  func from(_ loaded: [UUID: Community], _ notebooks: [UUID: CoachNotebook]) -> SearchResults {
    var results = self
    results.searched = (loaded, notebooks)
    return results
  }

  static let none = SearchResults([], covering: 0)

  public static func == (a: SearchResults, b: SearchResults) -> Bool {
    a.covering == b.covering && a.hits == b.hits
  }

  init(_ hits: [SearchHit], covering: Int) {
    self.covering = covering
    var rows: [SearchRow] = []
    var rowOfHit: [Int] = []
    rowOfHit.reserveCapacity(hits.count)
    var community: UUID?
    var kind: SearchHitKind?
    var communities = 0
    for (index, hit) in hits.enumerated() {
      if hit.communityID != community {
        rows.append(.community(hit.communityName))
        community = hit.communityID
        communities += 1
        kind = nil
      }
      if hit.kind != kind {
        rows.append(.kind(hit.kind))
        kind = hit.kind
      }
      rowOfHit.append(rows.count)
      rows.append(.hit(index))
    }
    self.hits = hits
    self.rows = rows
    self.rowOfHit = rowOfHit
    communityCount = communities
  }
}

extension SearchHit {
  /// Where it was found, for the right of its line: the meeting and its day, an
  /// agreement's number, a note's day.
  func place(_ context: SearchContext) -> String {
    let f = SearchStrings.forLanguage(context.language)
    let community = context.loaded[communityID]
    let day = self.day.map { context.dates.dayInYear($0, today: context.today) }
    switch target {
    case .agendaItem(let meeting, _), .meetingNotes(let meeting):
      let number = community?.meetingNumber(meeting).map(f.meeting)
      return [number, day].compactMap { $0 }.joined(separator: ", ")
    case .agreement(let id, _):
      return community?.agreements.first { $0.id == id }.map { "A\($0.number)" } ?? ""
    case .note, .theme:
      return day ?? ""
    case .community, .member:
      return ""
    }
  }
}
