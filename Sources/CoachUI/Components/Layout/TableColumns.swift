/// Column widths from the content of a table: each column as wide as its widest cell; when
/// the line is too narrow, the widest columns give up room first, those in `keep` only when
/// the others are down to a few columns. Two spaces between columns.
struct TableColumns {
  private(set) var widths: [Int]

  /// How narrow a column gets before the columns in `keep` give up room.
  private static let narrowest = 6

  init(width: Int, rows: [[String]], keep: Set<Int> = []) {
    let count = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: count)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.width(of: cell))
      }
    }
    let room = max(count * 4, width - 2 * max(0, count - 1))
    while widths.reduce(0, +) > room,
      let widest = widths.indices.filter({ !keep.contains($0) && widths[$0] > Self.narrowest })
        .max(by: { widths[$0] < widths[$1] })
    {
      widths[widest] -= 1
    }
    while widths.reduce(0, +) > room,
      let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 1
    {
      widths[widest] -= 1
    }
    self.widths = widths
  }

  /// The cells of one row, padded to their columns; the last column is not padded.
  func line(_ cells: [String]) -> String {
    var parts: [String] = []
    for (index, width) in widths.enumerated() {
      let cell = index < cells.count ? cells[index] : ""
      parts.append(
        index == widths.count - 1
          ? DisplayWidth.truncate(cell, to: width) : DisplayWidth.fit(cell, to: width))
    }
    return parts.joined(separator: "  ")
  }
}
