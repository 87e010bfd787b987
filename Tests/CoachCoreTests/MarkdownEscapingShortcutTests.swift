import FuzzSupport
import Testing

@testable import CoachCore

/// The escaping's shortcuts for plain text give exactly what the scalar-by-scalar way gives.
@Suite("Markdown escaping: the shortcuts change nothing")
struct MarkdownEscapingShortcutTests {
  private static let pieces: [String] = [
    "a", "Z", "é", "日", " ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{2028}", "\u{85}", "\u{7}",
    "\u{7F}", "\u{FEFF}", "#", "+", "-", "=", ":", ".", ")", "1", "42", "\\", "`", "*", "_",
    "~", "[", "]", "<", ">", "&", "|", "!", "?", "'", "\"", "/", "%", "Afspraak", "1.",
  ]

  @Test func randomTextsEscapeAsScalarByScalar() {
    var random = SeededRandom(seed: 20_261_203)
    for _ in 0..<20_000 {
      let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in
        Self.pieces.randomElement(using: &random) ?? ""
      }.joined()
      let lines = MarkdownEscaping.linesScalarByScalar(text)
      #expect(MarkdownEscaping.lines(of: text) == lines, "\(text.debugDescription)")
      let joined = lines.joined(separator: " ")
      #expect(
        MarkdownEscaping.inline(text)
          == MarkdownEscaping.escapeScalarByScalar(joined, allHashes: false),
        "\(text.debugDescription)")
      #expect(
        MarkdownEscaping.heading(text)
          == MarkdownEscaping.escapeScalarByScalar(joined, allHashes: true),
        "\(text.debugDescription)")
    }
  }
}
