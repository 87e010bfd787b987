import CoachCore

/// Open agreements, overdue first, grouped per person or per meeting they are due at: what
/// the coach checks before the next meeting.
enum FollowUpView {
  static func render(
    _ screen: FollowUpScreen, _ context: LibraryContext, _ canvas: inout Canvas
  ) {
    let f = context.strings.followUp
    let name = screen.communityID.flatMap { id in context.summaries.first { $0.id == id }?.name }
    let missing = screen.unread(context).count
    let grouping = screen.grouping == .byOwner ? f.byOwner : f.byDue
    let total = screen.communityID == nil ? context.summaries.count : 1
    Chrome.title(
      name.map(f.titleOne) ?? f.titleAll,
      right: missing > 0 ? f.reading(total - missing, total) : grouping, row: 0, &canvas)
    let body = Chrome.body(canvas)
    let area = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1)
    let list = screen.list(context)
    let rows = list.rows
    guard !rows.isEmpty else {
      if missing == 0 {
        canvas.write("   " + f.nothingOpen, x: 0, y: area.y, style: .dim, clip: area)
      }
      return
    }
    // The row index of each item, to keep the selected item in view.
    let itemRows = list.itemRows
    let selectedItem = ListSelection.valid(screen.selection, count: itemRows.count) ?? 0
    let selectedRow = itemRows.indices.contains(selectedItem) ? itemRows[selectedItem] : 0
    let first = ListWindow.firstVisible(
      selection: selectedRow, count: rows.count, capacity: area.height)
    var y = area.y
    for index in first..<min(rows.count, first + area.height) {
      switch rows[index] {
      case .heading(let text):
        canvas.write(" " + text, x: 0, y: y, style: .heading, clip: area)
      case .item(let position):
        drawItem(
          list.items[position], selected: index == selectedRow,
          acrossCommunities: screen.communityID == nil, f, context, y, area, &canvas)
      }
      y += 1
    }
  }

  private static func drawItem(
    _ item: FollowUpItem, selected: Bool, acrossCommunities: Bool, _ f: FollowUpStrings,
    _ context: LibraryContext, _ y: Int, _ area: Rect, _ canvas: inout Canvas
  ) {
    let entry = item.entry
    var details: [String] = []
    if acrossCommunities { details.append(item.communityName) }
    if item.status == .partly { details.append(item.status.label(context.language)) }
    if item.timesCarriedOver > 0 { details.append(f.carriedOver(item.timesCarriedOver)) }
    if item.isOverdue {
      details.append(f.overdue)
    } else if let due = item.dueDay {
      details.append(f.dueDay(context.dates.shortDay(due)))
    }
    let right = details.joined(separator: " · ")
    let rightWidth = DisplayWidth.width(of: right)
    canvas.write(selected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
    canvas.write(item.isOverdue ? "!" : " ", x: 3, y: y, style: .warning, bold: true, clip: area)
    // One line: line breaks become spaces (looked for first: most texts have none).
    let oneLine =
      entry.text.utf8.contains(UInt8(ascii: "\n"))
      ? entry.text.replacingOccurrences(of: "\n", with: " ") : entry.text
    let text = "(\(entry.kind.letter)) " + oneLine
    let room = max(4, area.width - 7 - rightWidth - 2)
    canvas.write(DisplayWidth.truncate(text, to: room), x: 5, y: y, clip: area)
    canvas.write(
      right, x: area.maxX - rightWidth - 1, y: y, style: item.isOverdue ? .warning : .dim,
      clip: area)
    if selected {
      canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
    }
  }
}
