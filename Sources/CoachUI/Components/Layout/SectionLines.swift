/// One line of a section of the meeting screen: a heading, a message, or a row the coach
/// can select (`row` is its index in the section's selection). A row may take two lines:
/// the second `continues` it (no marker, but selected with it).
struct SectionLine {
  var text: String
  var style: StyleRole = .normal
  var bold = false
  var row: Int?
  var continues = false

  static let blank = SectionLine(text: "")

  static func heading(_ text: String) -> SectionLine {
    SectionLine(text: " " + text, style: .heading, bold: true)
  }

  static func message(_ text: String) -> SectionLine {
    SectionLine(text: "   " + text, style: .dim)
  }
}

/// Draws a section's lines, scrolled so that the selected row is on screen, with the
/// selection bar on it.
enum SectionLines {
  static func draw(
    _ lines: [SectionLine], selection: Int, in area: Rect, _ canvas: inout Canvas
  ) {
    // The last line of the selected row must be on screen, so a two-line row shows whole.
    let selectedLine = lines.lastIndex { $0.row == selection } ?? 0
    let capacity = max(1, area.height)
    let first = selectedLine < capacity ? 0 : selectedLine - capacity + 1
    for (offset, line) in lines.dropFirst(first).prefix(capacity).enumerated() {
      let y = area.y + offset
      if let row = line.row {
        let selected = row == selection
        canvas.write(
          selected && !line.continues ? " ▸ " : "   ", x: area.x, y: y, style: .accent,
          bold: true, clip: area)
        canvas.write(
          DisplayWidth.truncate(line.text, to: max(0, area.width - 4)), x: area.x + 3, y: y,
          style: line.style, bold: line.bold, clip: area)
        if selected {
          canvas.restyle(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selection)
        }
      } else {
        canvas.write(
          DisplayWidth.truncate(line.text, to: max(0, area.width - 1)), x: area.x, y: y,
          style: line.style, bold: line.bold, clip: area)
      }
    }
  }
}
