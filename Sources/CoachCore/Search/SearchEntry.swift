import Foundation

/// One searchable text of a community: what it is, where, and its text folded once.
public struct SearchEntry: Equatable, Sendable {
  public let kind: SearchHitKind
  public let target: SearchTarget
  public let day: CalendarDay?
  /// The text matched and shown.
  let text: FoldedText
  /// Texts matched but not shown (a member's school, an agenda item's presenter).
  let also: [FoldedText]

  init(
    _ kind: SearchHitKind, _ target: SearchTarget, text: String, also: [String] = [],
    day: CalendarDay? = nil
  ) {
    self.kind = kind
    self.target = target
    self.day = day
    self.text = FoldedText(text)
    self.also = also.filter { !$0.isEmpty }.map(FoldedText.init)
  }

  /// The hit, when every word of `query` occurs in the entry.
  func hit(_ query: SearchQuery, community: UUID, name: String) -> SearchHit? {
    guard let match = query.match(text, also: also) else { return nil }
    return SearchHit(
      communityID: community, communityName: name, kind: kind,
      excerpt: SearchExcerpt.excerpt(text, matchAt: match.offset, length: match.length),
      target: target, day: day)
  }
}
