/// Makes user text safe inside Markdown (CommonMark with GitHub tables): whatever a coach or
/// a teacher typed stays text and can never open or break a heading, list, quote, code block,
/// table or cell.
///
/// - Everywhere: `\`, backticks, `*`, `_`, `~`, `[`, `]`, `<`, `>`, `&` and `|` are
///   backslash-escaped, so no emphasis, code, link, HTML tag, entity or cell border appears.
/// - At the start of a line: `#`, `+`, `-`, `=`, `:` and the `.` or `)` after leading digits
///   are escaped, so no heading, list, thematic break, setext underline or table delimiter
///   row appears; leading white space is trimmed, so no indented code block appears.
/// - Control characters are dropped, a tab becomes a space.
enum MarkdownEscaping {
  /// Text on one line, after a label or in a list item: line breaks become spaces.
  static func inline(_ text: String) -> String {
    escapeLine(lines(of: text).joined(separator: " "), allHashes: false)
  }

  /// A heading's text: one line (line breaks become spaces), and every `#` escaped so that
  /// none closes the heading.
  static func heading(_ text: String) -> String {
    escapeLine(lines(of: text).joined(separator: " "), allHashes: true)
  }

  /// A table cell: `|` stays inside the cell (`\|`), a line break becomes `<br>`.
  static func tableCell(_ text: String) -> String {
    lines(of: text).map { escapeLine($0, allHashes: false) }.filter { !$0.isEmpty }
      .joined(separator: "<br>")
  }

  /// Text whose line breaks are kept, inside a list item: the lines are joined by hard line
  /// breaks and continue indented by `indent`; empty lines are left out.
  static func lineBreaks(_ text: String, indent: String) -> String {
    lines(of: text).map { escapeLine($0, allHashes: false) }.filter { !$0.isEmpty }
      .joined(separator: "\\\n" + indent)
  }

  /// Text with paragraphs, at the top level of the document: empty lines separate
  /// paragraphs, other line breaks become hard line breaks.
  static func paragraphs(_ text: String) -> String {
    var paragraphs: [[String]] = [[]]
    for line in lines(of: text).map({ escapeLine($0, allHashes: false) }) {
      if line.isEmpty {
        if paragraphs.last?.isEmpty == false { paragraphs.append([]) }
      } else {
        paragraphs[paragraphs.count - 1].append(line)
      }
    }
    return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\\\n") }
      .joined(separator: "\n\n")
  }

  /// The lines of `text`: any line break (`\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085) ends a
  /// line, tabs become spaces, other control characters are dropped.
  static func lines(of text: String) -> [String] {
    // Nearly every text is printable ASCII on one line: nothing to split, change or drop.
    if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return [text] }
    return linesScalarByScalar(text)
  }

  /// `lines(of:)` without its shortcut.
  static func linesScalarByScalar(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n" where previousWasCarriageReturn:
        continue
      case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}":
        lines.append(String(current))
        current = String.UnicodeScalarView()
      case "\t":
        current.append(" ")
      default:
        if TextCleaning.isAllowed(scalar) { current.append(scalar) }
      }
    }
    lines.append(String(current))
    return lines
  }

  private static let alwaysEscaped: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "~", "[", "]", "<", ">", "&", "|",
  ]
  private static let escapedAtLineStart: Set<Unicode.Scalar> = ["#", "+", "-", "=", ":"]

  /// One line without line breaks, trimmed and escaped.
  private static func escapeLine(_ line: String, allHashes: Bool) -> String {
    isPlain(line, allHashes: allHashes) ? line : escapeScalarByScalar(line, allHashes: allHashes)
  }

  /// Nothing to trim or escape: the line starts and ends with a visible ASCII character,
  /// starts with none that opens a block or a numbered item, and holds none that is escaped
  /// everywhere (the bytes of other characters are all 0x80 or above in UTF-8).
  private static func isPlain(_ line: String, allHashes: Bool) -> Bool {
    let utf8 = line.utf8
    guard let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first),
      (0x21...0x7E).contains(last), !(0x30...0x39).contains(first),
      !escapedAtLineStart.contains(Unicode.Scalar(first))
    else { return false }
    return !utf8.contains { byte in
      byte < 0x80 && (alwaysEscapedBytes[Int(byte)] || (allHashes && byte == UInt8(ascii: "#")))
    }
  }

  /// `alwaysEscaped` as a table of the ASCII bytes: no hashing per character.
  private static let alwaysEscapedBytes: [Bool] = (0..<128).map {
    alwaysEscaped.contains(Unicode.Scalar(UInt8($0)))
  }

  /// `escapeLine` without its shortcut.
  static func escapeScalarByScalar(_ line: String, allHashes: Bool) -> String {
    let scalars = Array(line.trimmingWhitespace().unicodeScalars)
    let digits = scalars.prefix(while: { ("0"..."9").contains($0) }).count
    let listMarker =
      digits > 0 && digits < scalars.count && (scalars[digits] == "." || scalars[digits] == ")")
      ? digits : nil
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      let escape =
        (scalar.isASCII && alwaysEscapedBytes[Int(scalar.value)]) || (allHashes && scalar == "#")
        || (index == 0 && escapedAtLineStart.contains(scalar)) || index == listMarker
      if escape { result.append("\\") }
      result.append(scalar)
    }
    return String(result)
  }
}
