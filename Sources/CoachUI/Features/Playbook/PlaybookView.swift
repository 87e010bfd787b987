import CoachCore

/// The two sections as tabs over a list (builtin ones marked “playbook”, own ones with their
/// version), or the open one's numbered questions or steps.
enum PlaybookView {
  typealias Row = (text: String, right: String)

  static func render(
    _ screen: PlaybookScreen, _ context: PlaybookContext, _ canvas: inout Canvas
  ) {
    let p = PlaybookStrings.of(context.language)
    Chrome.title(p.title, right: "", row: 0, &canvas)
    drawSections(screen.section, p, &canvas)
    let body = Chrome.body(canvas)
    var top = body.y + 1
    if screen.openID != nil {
      let heading = PlaybookRows.heading(screen, context)
      canvas.write(
        " " + DisplayWidth.truncate(heading, to: max(0, body.width - 2)), x: 0, y: top,
        style: .title, clip: body)
      top += 2
    }
    let area = Rect(x: 0, y: top, width: body.width, height: max(0, body.maxY - top))
    let rows =
      screen.openID == nil
      ? PlaybookRows.list(screen, context) : PlaybookRows.items(screen, context)
    let selection = screen.openID == nil ? screen.selection : screen.itemSelection
    drawRows(rows, selection: selection, area, &canvas)
  }

  private static func drawRows(
    _ rows: [Row], selection: Int, _ area: Rect, _ canvas: inout Canvas
  ) {
    let capacity = max(1, area.height)
    let first = ListWindow.firstVisible(
      selection: selection, count: rows.count, capacity: capacity)
    var y = area.y
    for (index, row) in rows.enumerated().dropFirst(first).prefix(capacity) {
      let selected = index == selection
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
      let rightWidth = DisplayWidth.width(of: row.right)
      let textWidth = max(0, area.width - 4 - rightWidth - 2)
      canvas.write(DisplayWidth.truncate(row.text, to: textWidth), x: 3, y: y, clip: area)
      canvas.write(
        row.right, x: max(3, area.width - 1 - rightWidth), y: y, style: .dim, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
      }
      y += 1
    }
  }

  private static func drawSections(
    _ current: PlaybookScreen.Section, _ p: PlaybookStrings, _ canvas: inout Canvas
  ) {
    var x = 1
    for section in PlaybookScreen.Section.allCases {
      let name = section == .checklists ? p.sectionChecklists : p.sectionProtocols
      let text = section == current ? "[" + name + "]" : " " + name + " "
      x += canvas.write(
        text, x: x, y: 1, style: section == current ? .tabActive : .tabInactive,
        bold: section == current)
      x += 1
    }
  }
}
