/// Values a text field offers as the coach types: the community's schools, its members'
/// names. In a list field (owners, “Ann, Bram”) it completes the name being typed.
public struct Completion: Equatable, Sendable {
  public var candidates: [String]
  /// Separates the values of a list field; nil: the field holds one value.
  public var separator: Character?
  /// The match ↑/↓ point at.
  public var highlighted = 0

  public init(_ candidates: [String], separator: Character? = nil) {
    self.candidates = candidates
    self.separator = separator
  }

  /// The part being typed: after the last separator, without leading spaces.
  func typed(in text: String) -> String {
    let part =
      separator.flatMap { text.split(separator: $0, omittingEmptySubsequences: false).last }
      .map(String.init) ?? text
    return String(part.drop(while: { $0 == " " }))
  }

  /// Candidates with a word that starts with what is typed (case and accents ignored);
  /// none while nothing is typed or the value is complete already.
  func matches(for text: String) -> [String] {
    let typed = FilterState.fold(typed(in: text))
    guard !typed.isEmpty else { return [] }
    let found = candidates.filter { candidate in
      let folded = FilterState.fold(candidate)
      return folded.hasPrefix(typed)
        || folded.split(separator: " ").contains { $0.hasPrefix(typed) }
    }
    if found.count == 1, FilterState.fold(found[0]) == typed { return [] }
    return Array(found.prefix(5))
  }

  /// The text with the highlighted match in place of what is being typed.
  func completed(_ text: String) -> String {
    let found = matches(for: text)
    guard !found.isEmpty else { return text }
    let choice = found[min(highlighted, found.count - 1)]
    guard let separator, let cut = text.lastIndex(of: separator) else { return choice }
    return String(text[...cut]) + " " + choice
  }
}
