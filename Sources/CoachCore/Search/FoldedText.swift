import Foundation

/// A text made ready for matching: one line (line breaks and runs of white space become one
/// space), and beside it the same text folded — lower case, accents off (“Éénheid” reads
/// “eenheid”, “ç” reads “c”) — with, for each folded scalar, the character of the line it
/// came from, so a match found in the folded text can be shown in the original one.
public struct FoldedText: Equatable, Sendable {
  /// The text as shown: one line.
  public let line: [Character]
  /// The folded text, as scalars (compared as numbers: fast).
  let folded: [Unicode.Scalar]
  /// The offset in `line` of the character each folded scalar comes from.
  let origin: [Int]

  public init(_ text: String) {
    var line: [Character] = []
    var folded: [Unicode.Scalar] = []
    var origin: [Int] = []
    var pendingSpace = false
    for character in text {
      if character.isWhitespace || character.isNewline {
        pendingSpace = !line.isEmpty
        continue
      }
      if pendingSpace {
        Self.append(" ", at: line.count, &folded, &origin)
        line.append(" ")
        pendingSpace = false
      }
      Self.append(character, at: line.count, &folded, &origin)
      line.append(character)
    }
    self.line = line
    self.folded = folded
    self.origin = origin
  }

  public var text: String { String(line) }

  /// The folded scalars of one character: ASCII directly (most text), the rest through
  /// Foundation's folding.
  private static func append(
    _ character: Character, at offset: Int, _ folded: inout [Unicode.Scalar],
    _ origin: inout [Int]
  ) {
    for scalar in fold(character) {
      folded.append(scalar)
      origin.append(offset)
    }
  }

  /// One character folded: case- and accent-insensitive.
  static func fold(_ character: Character) -> [Unicode.Scalar] {
    if let ascii = character.asciiValue {
      let lower = ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii
      return [Unicode.Scalar(lower)]
    }
    let text = String(character).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return Array(text.lowercased().unicodeScalars)
  }

  /// Where `word` (folded scalars) first occurs: the offset in `line` and the number of
  /// characters it covers there; nil when it does not occur.
  func firstMatch(of word: [Unicode.Scalar]) -> (offset: Int, length: Int)? {
    guard !word.isEmpty, word.count <= folded.count else { return nil }
    let first = word[0]
    var start = 0
    while start + word.count <= folded.count {
      if folded[start] == first {
        var index = 1
        while index < word.count && folded[start + index] == word[index] { index += 1 }
        if index == word.count {
          let from = origin[start]
          let to = origin[start + word.count - 1]
          return (from, to - from + 1)
        }
      }
      start += 1
    }
    return nil
  }
}
