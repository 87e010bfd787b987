/// How many terminal columns text takes, and how to make each grapheme safe to print.
///
/// The rules follow what glibc's `wcwidth` (and so ncurses) does for the first scalar of a
/// cluster, so that the canvas and the terminal agree on every column.
public enum DisplayWidth {
  /// A grapheme ready for one cell (or two, when wide).
  public struct Glyph: Equatable, Sendable {
    public let text: String
    public let width: Int
  }

  /// The printable form of one grapheme cluster: control characters become visible control
  /// pictures (so an ESC in a name can never drive the terminal), invisible format characters
  /// vanish, and a cluster keeps its base plus at most four combining marks.
  public static func glyph(_ cluster: Character) -> Glyph {
    if let narrow = plainNarrow(cluster) { return narrow }
    let scalars = Array(cluster.unicodeScalars)
    guard let base = scalars.first else { return Glyph(text: "", width: 0) }
    if let picture = controlPicture(base) { return Glyph(text: picture, width: 1) }
    if isInvisible(base) {
      // A cluster of only format characters (zero-width space, joiner) shows nothing.
      let rest = scalars.dropFirst().filter { !isInvisible($0) }
      guard let next = rest.first else { return Glyph(text: "", width: 0) }
      return glyph(Character(next))
    }
    var kept = String.UnicodeScalarView()
    let isCombiningOnly = isCombining(base)
    if isCombiningOnly { kept.append(" ") }
    kept.append(base)
    let emoji = base.properties.isEmojiPresentation
    var marks = 0
    for scalar in scalars.dropFirst() {
      if scalar == "\u{200D}" { break }  // ZWJ sequences: the first emoji stands for all
      if scalar == "\u{FE0F}" {
        if emoji { kept.append(scalar) }
        continue
      }
      if isCombining(scalar) && marks < 4 {
        kept.append(scalar)
        marks += 1
      }
    }
    let width = isCombiningOnly ? 1 : (isWide(base) ? 2 : 1)
    return Glyph(text: String(kept), width: width)
  }

  public static func width(of text: String) -> Int {
    // Nearly every text is printable ASCII: one column a byte, no Unicode tables needed.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    // Next: Latin letters and signs such as “é” and “·”, each a cluster of its own (nothing
    // in these ranges joins the scalar before it) and one column wide, as `plainNarrow` says.
    var columns = 0
    for scalar in text.unicodeScalars {
      guard isPlainNarrow(scalar) else { return text.reduce(0) { $0 + glyph($1).width } }
      columns += 1
    }
    return columns
  }

  private static func isPlainNarrow(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    // 0xAD, the soft hyphen, is a format character: invisible.
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: true
    default: false
    }
  }

  /// A cluster of one scalar that is printable ASCII or a Latin letter (é, ë, ç, ß…): one
  /// column, printed as it is. The common case, answered without Unicode's property tables.
  private static func plainNarrow(_ cluster: Character) -> Glyph? {
    let scalars = cluster.unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return nil }
    return isPlainNarrow(first) ? Glyph(text: String(cluster), width: 1) : nil
  }

  /// The text cut to at most `columns` columns, ending in “…” when something was cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if width(of: text) <= columns { return text }
    var result = ""
    var used = 0
    for character in text {
      let w = glyph(character).width
      if used + w > columns - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  /// A path shortened to `columns` columns by cutting its folder (“/home/…/exports/file.md”),
  /// never its file's name: the name is what the coach looks for. A name too long for the
  /// room is kept whole after “…/”, and the text is wider than `columns` then.
  public static func shortenPath(_ path: String, to columns: Int) -> String {
    guard width(of: path) > columns, let slash = path.lastIndex(of: "/") else { return path }
    let name = String(path[slash...])
    let folderRoom = columns - width(of: name) - 1
    guard folderRoom > 0 else { return "…" + name }
    var head = split(String(path[..<slash]), at: folderRoom).0
    // Whole folder names read better: “/home/coach/…/file.md”, not “/home/coach/.lo…”.
    if let last = head.lastIndex(of: "/"), last > head.startIndex { head = String(head[...last]) }
    return head + "…" + name
  }

  /// The text cut or padded with spaces to exactly `columns` columns.
  public static func fit(_ text: String, to columns: Int) -> String {
    let cut = truncate(text, to: columns)
    return cut + String(repeating: " ", count: max(0, columns - width(of: cut)))
  }

  /// Word-wrapped lines of at most `columns` columns; a word longer than a line is broken.
  /// `filling`: a word longer than a whole line (a path) starts on the current line instead
  /// of leaving it short, for text where rows are scarce (the message line).
  public static func wrap(_ text: String, to columns: Int, filling: Bool = false) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        var wordWidth = width(of: word)
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= columns {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if filling && lineWidth > 0 && wordWidth > columns && lineWidth + 2 < columns {
          let (head, tail) = split(word, at: columns - lineWidth - 1)
          lines.append(line + " " + head)
          line = ""
          lineWidth = 0
          word = tail
          wordWidth = width(of: word)
        } else if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > columns {
          let (head, tail) = split(word, at: columns)
          lines.append(head)
          word = tail
          wordWidth = width(of: word)
        }
        line = word
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }

  /// The longest prefix of at most `columns` columns, and the rest.
  static func split(_ text: String, at columns: Int) -> (String, String) {
    var used = 0
    var index = text.startIndex
    while index < text.endIndex {
      let w = glyph(text[index]).width
      if used + w > columns { break }
      used += w
      index = text.index(after: index)
    }
    if index == text.startIndex && index < text.endIndex { index = text.index(after: index) }
    return (String(text[..<index]), String(text[index...]))
  }

  static func controlPicture(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x00...0x1F:
      return Unicode.Scalar(0x2400 + scalar.value).map { String(Character($0)) }
    case 0x7F: return "\u{2421}"
    case 0x80...0x9F: return "\u{FFFD}"
    default: return nil
    }
  }

  static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: true
    default: false
    }
  }

  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.generalCategory == .format { return true }
    // Variation selectors on their own.
    return (0xFE00...0xFE0F).contains(scalar.value)
      || (0xE0100...0xE01EF).contains(scalar.value)
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isEmojiPresentation { return true }
    let v = scalar.value
    for range in wideRanges where range.contains(v) { return true }
    return false
  }

  /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F).
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
    0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
