/// A GitHub table: a header row, the delimiter row and one row per entry. Every cell is
/// escaped, so a row always has as many cells as the header.
enum MarkdownTable {
  static func render(header: [String], rows: [[String]]) -> String {
    let delimiter = "|" + String(repeating: " --- |", count: header.count)
    return ([row(header), delimiter] + rows.map(row)).joined(separator: "\n")
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.map(MarkdownEscaping.tableCell).joined(separator: " | ") + " |"
  }
}
