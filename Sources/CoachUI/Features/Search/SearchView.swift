import CoachCore

/// The query at the top, what the search covers (or how far the reading is) under it, then
/// the hits grouped under their community and kind; a private note says so on its line.
enum SearchView {
  static func render(_ screen: SearchScreen, _ context: SearchContext, _ canvas: inout Canvas)
    -> Frame.Cursor?
  {
    let f = SearchStrings.forLanguage(context.language)
    Chrome.title(
      "vlgcoach · " + f.title, right: context.dates.day(context.today), row: 0, &canvas)
    let body = Chrome.body(canvas)
    let cursor = queryLine(screen.query, label: f.prompt, row: body.y, &canvas)
    let results = screen.results(context)
    let hits = results.hits
    let progress = context.progress
    var info: [String] = []
    if !hits.isEmpty {
      info.append(f.hitCount(hits.count, results.communityCount))
    }
    if progress.read < progress.total { info.append(f.reading(progress.read, progress.total)) }
    let searching = screen.isSearching(context)
    // While communities are still read, their count already says work goes on: a second
    // "searching…" only made the line too long for 80 columns ("gelezen… …").
    if searching && progress.read >= progress.total { info.append(f.searching) }
    canvas.write(
      " " + DisplayWidth.truncate(info.joined(separator: " · "), to: canvas.width - 2), x: 0,
      y: body.y + 1, style: .dim)
    let area = Rect(
      x: 0, y: body.y + 3, width: canvas.width, height: max(0, body.maxY - body.y - 3))
    if hits.isEmpty {
      if searching { return cursor }
      let text =
        screen.query.text.isEmpty
        ? f.emptyState
        : progress.read < progress.total
          ? f.nothingFoundYet(screen.query.text) : f.nothingFound(screen.query.text)
      for (offset, line) in DisplayWidth.wrap(text, to: max(1, canvas.width - 6)).enumerated() {
        canvas.write(line, x: 3, y: area.y + offset, style: .dim, clip: area)
      }
      return cursor
    }
    drawRows(results, selected: screen.selectedIndex(context), context, area, &canvas)
    return cursor
  }

  /// “Zoek: rubric”, with the cursor where the coach types.
  private static func queryLine(
    _ field: TextField, label: String, row: Int, _ canvas: inout Canvas
  ) -> Frame.Cursor {
    let x = canvas.write(" " + label + ": ", x: 0, y: row, style: .accent, bold: true)
    let room = max(1, canvas.width - x - 2)
    let before = String(field.characters.prefix(field.cursor))
    var shown = field.text
    var cursorX = x + DisplayWidth.width(of: before)
    if DisplayWidth.width(of: shown) > room {
      shown = "…" + tail(field.text, to: room - 1)
      cursorX = x + DisplayWidth.width(of: shown)
    }
    canvas.fill(Rect(x: x, y: row, width: room, height: 1), style: .inputFocused)
    canvas.write(shown, x: x, y: row, style: .inputFocused)
    return Frame.Cursor(x: min(cursorX, canvas.width - 1), y: row)
  }

  /// The end of `text` that fits in `columns`: the coach sees what they type last.
  private static func tail(_ text: String, to columns: Int) -> String {
    var result = ""
    for character in text.reversed() {
      let next = String(character) + result
      if DisplayWidth.width(of: next) > columns { break }
      result = next
    }
    return result
  }

  private static func drawRows(
    _ results: SearchResults, selected: Int?, _ context: SearchContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let rows = results.rows
    let selectedRow = selected.map { results.rowOfHit[$0] } ?? 0
    // The community and kind above the selected hit stay in view when it is the first.
    let first = ListWindow.firstVisible(
      selection: selectedRow, count: rows.count, capacity: area.height)
    var y = area.y
    for index in first..<min(rows.count, first + area.height) {
      switch rows[index] {
      case .community(let name):
        canvas.write(
          " " + DisplayWidth.truncate(name, to: area.width - 2), x: 0, y: y, style: .heading,
          bold: true, clip: area)
      case .kind(let kind):
        var label = kind.label(context.language)
        if kind.isPrivate { label += " (" + SearchHitKind.privateMark(context.language) + ")" }
        canvas.write(
          "   " + label, x: 0, y: y, style: kind.isPrivate ? .warning : .accent, clip: area)
      case .hit(let hit):
        drawHit(results.hits[hit], selected: index == selectedRow, context, y, area, &canvas)
      }
      y += 1
    }
  }

  private static func drawHit(
    _ hit: SearchHit, selected: Bool, _ context: SearchContext, _ y: Int, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    var right = hit.place(context)
    if hit.isPrivate {
      let mark = SearchHitKind.privateMark(context.language)
      right = right.isEmpty ? mark : right + " · " + mark
    }
    let rightWidth = DisplayWidth.width(of: right)
    canvas.write(selected ? "    ▸ " : "      ", x: 0, y: y, style: .accent, bold: true, clip: area)
    let room = max(4, area.width - 6 - (rightWidth > 0 ? rightWidth + 2 : 0))
    canvas.write(DisplayWidth.truncate(hit.excerpt, to: room), x: 6, y: y, clip: area)
    if rightWidth > 0 {
      canvas.write(
        right, x: area.maxX - rightWidth - 1, y: y, style: hit.isPrivate ? .warning : .dim,
        clip: area)
    }
    if selected {
      canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
    }
  }
}
