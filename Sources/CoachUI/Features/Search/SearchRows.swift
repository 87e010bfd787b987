import CoachCore
import Foundation

/// A line of the results: a community's name, a kind's heading under it, or a hit.
enum SearchRow: Equatable {
  case community(String)
  case kind(SearchHitKind)
  /// A hit and its index among the hits (what the selection counts).
  case hit(SearchHit, index: Int)

  /// The hits as lines: a heading where the community or the kind changes.
  static func rows(_ hits: [SearchHit]) -> [SearchRow] {
    var rows: [SearchRow] = []
    var community: UUID?
    var kind: SearchHitKind?
    for (index, hit) in hits.enumerated() {
      if hit.communityID != community {
        rows.append(.community(hit.communityName))
        community = hit.communityID
        kind = nil
      }
      if hit.kind != kind {
        rows.append(.kind(hit.kind))
        kind = hit.kind
      }
      rows.append(.hit(hit, index: index))
    }
    return rows
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
