import CoachUI

/// Says where two snapshots differ: the row and column of each changed text row, and the
/// columns and role names of each changed run of styles.
enum SnapshotDiff {
  static func lines(expected: SnapshotFile, actual: SnapshotFile, limit: Int = 8) -> [String] {
    let text = textLines(expected.text, actual.text)
    let styles = styleLines(expected.styles, actual.styles)
    return Array(text.prefix(limit)) + more(text.count, limit)
      + Array(styles.prefix(limit)) + more(styles.count, limit)
  }

  static func textLines(_ expected: [String], _ actual: [String]) -> [String] {
    (0..<max(expected.count, actual.count)).compactMap { row in
      let e = row < expected.count ? expected[row] : nil
      let a = row < actual.count ? actual[row] : nil
      guard e != a else { return nil }
      let column = firstDifferentColumn(e ?? "", a ?? "")
      return "text row \(row), column \(column)\n  expected: \(e ?? "<none>")\n"
        + "  actual:   \(a ?? "<none>")"
    }
  }

  /// One line per run of neighbouring cells whose expected and actual codes differ alike.
  static func styleLines(_ expected: [String], _ actual: [String]) -> [String] {
    var lines: [String] = []
    for row in 0..<max(expected.count, actual.count) {
      let e = row < expected.count ? Array(expected[row]) : []
      let a = row < actual.count ? Array(actual[row]) : []
      var column = 0
      while column < max(e.count, a.count) {
        let pair = (code(e, column), code(a, column))
        guard pair.0 != pair.1 else {
          column += 1
          continue
        }
        var end = column
        while end + 1 < max(e.count, a.count), code(e, end + 1) == pair.0,
          code(a, end + 1) == pair.1
        {
          end += 1
        }
        let columns = end == column ? "column \(column)" : "columns \(column)–\(end)"
        lines.append(
          "style row \(row), \(columns): expected \(StyleLayer.describe(pair.0)), "
            + "actual \(StyleLayer.describe(pair.1))")
        column = end + 1
      }
    }
    return lines
  }

  /// The screen column (wide glyphs count two) where two rows first differ.
  static func firstDifferentColumn(_ expected: String, _ actual: String) -> Int {
    let same = String(zip(expected, actual).prefix { $0 == $1 }.map(\.0))
    return DisplayWidth.width(of: same)
  }

  private static func code(_ row: [Character], _ column: Int) -> Character? {
    column < row.count ? row[column] : nil
  }

  private static func more(_ count: Int, _ limit: Int) -> [String] {
    count > limit ? ["… and \(count - limit) more"] : []
  }
}
