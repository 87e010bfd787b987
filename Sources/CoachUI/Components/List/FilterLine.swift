/// The “Filter: …” line of a list; returns the cursor while the coach types in it.
enum FilterLine {
  static func draw(
    _ filter: FilterState, label: String, row: Int, _ canvas: inout Canvas
  ) -> Frame.Cursor? {
    guard filter.isEditing || filter.isActive else { return nil }
    let prefix = " " + label + ": "
    let x = canvas.write(prefix, x: 0, y: row, style: .accent)
    let room = canvas.width - x - 2
    let text = filter.text
    let shown = DisplayWidth.width(of: text) > room ? "…" + String(text.suffix(room - 1)) : text
    let used = canvas.write(shown, x: x, y: row, style: filter.isEditing ? .inputFocused : .input)
    return filter.isEditing ? Frame.Cursor(x: x + used, y: row) : nil
  }
}
