/// What the coach typed, as words to find: every word must occur, in any order, each
/// case- and accent-insensitive (“eenheid” finds “Éénheid”).
public struct SearchQuery: Equatable, Sendable {
  /// The folded words, without repeats.
  let words: [[Unicode.Scalar]]

  public init(_ text: String) {
    var words: [[Unicode.Scalar]] = []
    for word in FoldedText(text).text.split(separator: " ") {
      let folded = word.flatMap { FoldedText.fold($0) }
      if !folded.isEmpty && !words.contains(folded) { words.append(folded) }
    }
    self.words = words
  }

  /// Nothing to look for: no hits.
  public var isEmpty: Bool { words.isEmpty }

  /// Whether every word occurs in `text` or in one of `others` (matched, not shown); the
  /// first match in `text`, if any, for the excerpt.
  func match(_ text: FoldedText, also others: [FoldedText] = []) -> SearchMatch? {
    guard !isEmpty else { return nil }
    var first: (offset: Int, length: Int)?
    for word in words {
      if let found = text.firstMatch(of: word) {
        if first.map({ found.offset < $0.offset }) ?? true { first = found }
      } else if !others.contains(where: { $0.firstMatch(of: word) != nil }) {
        return nil
      }
    }
    return SearchMatch(offset: first?.offset, length: first?.length ?? 0)
  }

  /// Whether every word occurs in `text`: the matching rule on its own.
  public func matches(_ text: String) -> Bool {
    match(FoldedText(text)) != nil
  }
}

/// Where a query matched a text: the first word found in it (nil when the words were only
/// in the text's hidden companions, such as a member's school).
struct SearchMatch: Equatable, Sendable {
  let offset: Int?
  let length: Int
}
