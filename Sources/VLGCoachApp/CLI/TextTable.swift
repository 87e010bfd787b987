import CoachUI
import Foundation

/// A plain-text table for the command line, aligned by display width (so “Zoë” and “日本”
/// line up) and cleaned of control characters. Piped or redirected, nothing is cut: a
/// script or a file gets every text whole. On a terminal the table fits its width: the
/// widest columns give up room first, so the short ones (numbers, status) stay readable.
enum TextTable {
  static func render(header: [String], rows: [[String]], width: Int? = TerminalWidth.standardOutput)
    -> String
  {
    let all = [header] + rows.map { $0.map(printable) }
    let columns = header.count
    var widths = Array(repeating: 0, count: columns)
    for row in all {
      for (index, cell) in row.enumerated() where index < columns {
        widths[index] = max(widths[index], DisplayWidth.width(of: cell))
      }
    }
    if let width { shrink(&widths, to: width - 2 * max(0, columns - 1)) }
    return all.map { row in
      row.enumerated().map { index, cell in
        index < columns ? DisplayWidth.fit(cell, to: widths[index]) : cell
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }

  /// Narrows the widest column, one column at a time, until the sum fits `room`; no column
  /// goes below 4 (room for “ab…”).
  private static func shrink(_ widths: inout [Int], to room: Int) {
    while widths.reduce(0, +) > room,
      let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4
    {
      widths[widest] -= 1
    }
  }

  private static func printable(_ text: String) -> String {
    text.map { DisplayWidth.glyph($0).text }.joined()
  }
}

/// The width of the terminal standard output goes to; nil when it is not a terminal.
enum TerminalWidth {
  static var standardOutput: Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.hasSuffix(" ") { copy.removeLast() }
    return copy
  }
}
