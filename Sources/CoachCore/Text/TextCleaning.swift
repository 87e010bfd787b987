/// Cleans text typed by a person before it enters the model.
///
/// Control characters would corrupt an XML property list (XML 1.0 forbids most of them) and
/// could drive the terminal (ANSI escapes), so they never reach the store.
public enum TextCleaning {
  /// One line: surrounding white space trimmed, tabs and line breaks become spaces,
  /// other control characters are dropped.
  public static func line(_ text: String) -> String {
    isClean(text, allowingLineBreaks: false) ? text : cleanedLine(text)
  }

  static func cleanedLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{2028}"
        || scalar == "\u{2029}" || scalar == "\u{85}"
      {
        scalars.append(" ")
      } else if isAllowed(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars).trimmingWhitespace()
  }

  /// Several lines: line breaks kept (as `\n`), tabs become spaces, other control
  /// characters dropped, white space around the whole text trimmed.
  public static func multiline(_ text: String) -> String {
    isClean(text, allowingLineBreaks: true) ? text : cleanedMultiline(text)
  }

  static func cleanedMultiline(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      if scalar == "\n" {
        if !previousWasCarriageReturn { scalars.append("\n") }
      } else if scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
        || scalar == "\u{85}"
      {
        scalars.append("\n")
      } else if scalar == "\t" {
        scalars.append(" ")
      } else if isAllowed(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars).trimmingWhitespace()
  }

  /// A list written one item per line (or separated by commas on the command line).
  public static func list(_ text: String, separators: Set<Character> = ["\n"]) -> [String] {
    // "\r\n" is one Character, so a line break is any newline Character, not only "\n".
    text.split(whereSeparator: {
      separators.contains($0) || ($0.isNewline && separators.contains("\n"))
    })
    .map { line(String($0)) }
    .filter { !$0.isEmpty }
  }

  /// Whether cleaning would leave `text` as it is, seen from its bytes alone: no control
  /// character, none of the lead bytes under which the odd scalars hide (C1 controls and the
  /// no-break space: 0xC2; the line and paragraph separators and wide spaces: 0xE1–0xE3; the
  /// BOM and non-characters: 0xEF), and no white space at either end. Most texts of a store
  /// are such, and reading a store cleans every one of them.
  static func isClean(_ text: String, allowingLineBreaks: Bool) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last else { return true }
    if first == 0x20 || last == 0x20 || first == 0x0A || last == 0x0A { return false }
    for byte in bytes {
      switch byte {
      case 0x0A: if !allowingLineBreaks { return false }
      case 0x00..<0x20, 0x7F, 0xC2, 0xE1...0xE3, 0xEF: return false
      default: continue
      }
    }
    return true
  }

  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: false
    // Non-characters and the BOM have no business in a name and XML rejects U+FFFE/FFFF.
    case 0xFFFE, 0xFFFF, 0xFEFF: false
    default: true
    }
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
      return ""
    }
    guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else {
      return ""
    }
    return String(scalars[first...last])
  }
}
