import CoachUI

/// A plain-text table for the command line, aligned by display width (so “Zoë” and “日本”
/// line up) and cleaned of control characters.
enum TextTable {
  static func render(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows.map { $0.map(printable) }
    let columns = header.count
    var widths = Array(repeating: 0, count: columns)
    for row in all {
      for (index, cell) in row.enumerated() where index < columns {
        widths[index] = max(widths[index], min(DisplayWidth.width(of: cell), 40))
      }
    }
    return all.map { row in
      row.enumerated().map { index, cell in
        index == columns - 1
          ? DisplayWidth.truncate(cell, to: 60) : DisplayWidth.fit(cell, to: widths[index])
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }

  private static func printable(_ text: String) -> String {
    text.map { DisplayWidth.glyph($0).text }.joined()
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.hasSuffix(" ") { copy.removeLast() }
    return copy
  }
}
