/// A form in a dialog: a label and a value per row, the error of the last save, and the
/// text cursor in the focused field.
enum FormView {
  static let multilineRows = 3

  static func render(_ form: FormState, _ state: AppState, _ canvas: inout Canvas) -> Frame.Cursor?
  {
    let s = state.strings
    let width = min(76, canvas.width - 2)
    let fieldRows = form.fields.reduce(0) { $0 + ($1.isMultiline ? multilineRows : 1) }
    let errorLines = form.errorLine.map { DisplayWidth.wrap($0, to: width - 4) } ?? []
    let extra = (form.subtitle == nil ? 0 : 2) + 3 + max(1, min(errorLines.count, 3))
    let inside = Dialog.box(title: form.title, width: width, height: fieldRows + extra, &canvas)
    var row = inside.y
    if let subtitle = form.subtitle {
      canvas.write(
        DisplayWidth.truncate(subtitle, to: inside.width), x: inside.x, y: row, style: .warning,
        clip: inside)
      row += 2
    }
    let labelWidth = self.labelWidth(form, inside)
    let valueX = inside.x + labelWidth + 1
    let valueWidth = max(1, inside.maxX - valueX)
    var cursor: Frame.Cursor?
    for (index, field) in form.fields.enumerated() {
      let focused = index == form.focus
      // A marker besides the colour: the focus must show on a monochrome terminal too.
      canvas.write(
        (focused ? "▸ " : "  ") + DisplayWidth.truncate(label(for: field), to: labelWidth - 2),
        x: inside.x, y: row, style: focused ? .accent : .dialog, bold: focused, clip: inside)
      let rows = field.isMultiline ? multilineRows : 1
      let box = Rect(x: valueX, y: row, width: valueWidth, height: rows)
      canvas.fill(box, style: focused ? .inputFocused : .input)
      switch field.kind {
      case .text(let text):
        if text.characters.isEmpty, let placeholder = field.placeholder {
          canvas.write(placeholder, x: box.x, y: box.y, style: .dim, clip: box)
        }
        let at = drawText(text, in: box, focused: focused, masked: field.masked == true, &canvas)
        if focused { cursor = at }
      case .choice(let options, let selected):
        let value = options.indices.contains(selected) ? options[selected] : ""
        canvas.write(
          "◂ " + value + " ▸", x: box.x, y: box.y, style: focused ? .inputFocused : .input,
          clip: box)
      }
      row += rows
    }
    if let field = form.focusedField, let completion = field.completion {
      drawMatches(field.matches, highlighted: completion.highlighted, form, inside, &canvas)
    }
    row += 1
    if !errorLines.isEmpty {
      for (index, line) in errorLines.prefix(3).enumerated() {
        canvas.write(line, x: inside.x, y: row + index, style: .error, clip: inside)
      }
    } else if form.fields.contains(where: \.isRequired) {
      canvas.write("* " + s.required, x: inside.x, y: row, style: .dim, clip: inside)
    }
    return cursor
  }

  /// The values Tab can take, in a small list under the focused field (over the rows below).
  private static func drawMatches(
    _ matches: [String], highlighted: Int, _ form: FormState, _ inside: Rect,
    _ canvas: inout Canvas
  ) {
    guard !matches.isEmpty else { return }
    let labelWidth = self.labelWidth(form, inside)
    var top = inside.y + (form.subtitle == nil ? 0 : 2)
    for field in form.fields.prefix(form.focus + 1) {
      top += field.isMultiline ? multilineRows : 1
    }
    let x = inside.x + labelWidth + 1
    let width = min(
      inside.maxX - x, (matches.map { DisplayWidth.width(of: $0) }.max() ?? 0) + 4)
    for (index, match) in matches.enumerated() where top + index < canvas.height - 2 {
      let area = Rect(x: x, y: top + index, width: width, height: 1)
      let style: StyleRole = index == min(highlighted, matches.count - 1) ? .selection : .dialog
      canvas.fill(area, style: style)
      canvas.write(" " + match, x: x, y: area.y, style: style, clip: area)
    }
  }

  /// The labels' column: the widest label and the focus marker before it.
  private static func labelWidth(_ form: FormState, _ inside: Rect) -> Int {
    2
      + min(
        form.fields.map { DisplayWidth.width(of: label(for: $0)) }.max() ?? 10, inside.width / 3)
  }

  private static func label(for field: FormState.Field) -> String {
    field.label + (field.isRequired ? " *" : "")
  }

  /// Draws the text so the cursor stays in view; returns where the cursor is.
  private static func drawText(
    _ field: TextField, in box: Rect, focused: Bool, masked: Bool, _ canvas: inout Canvas
  ) -> Frame.Cursor {
    // A value the next character replaces is shown selected, so that is no surprise.
    let style: StyleRole = focused ? (field.replacesOnType ? .selection : .inputFocused) : .input
    let characters = masked ? field.characters.map { $0 == "\n" ? $0 : "•" } : field.characters
    // Split into lines, remembering the cursor's line and column (in characters).
    var lines: [[Character]] = [[]]
    var cursorLine = 0
    var cursorColumn = 0
    for (index, character) in characters.enumerated() {
      if index == field.cursor {
        cursorLine = lines.count - 1
        cursorColumn = lines[lines.count - 1].count
      }
      if character == "\n" { lines.append([]) } else { lines[lines.count - 1].append(character) }
    }
    if field.cursor == characters.count {
      cursorLine = lines.count - 1
      cursorColumn = lines[lines.count - 1].count
    }
    let firstLine = max(0, min(cursorLine - box.height + 1, lines.count - box.height))
    var cursor = Frame.Cursor(x: box.x, y: box.y)
    for row in 0..<box.height {
      let lineIndex = firstLine + row
      guard lines.indices.contains(lineIndex) else { break }
      let line = lines[lineIndex]
      let isCursorLine = lineIndex == cursorLine
      // Scroll the cursor's line sideways so the cursor is always visible.
      var start = 0
      if isCursorLine {
        var widthBefore = line.prefix(cursorColumn).reduce(0) { $0 + DisplayWidth.glyph($1).width }
        while widthBefore > box.width - 1 && start < cursorColumn {
          widthBefore -= DisplayWidth.glyph(line[start]).width
          start += 1
        }
        cursor = Frame.Cursor(x: box.x + widthBefore, y: box.y + row)
      }
      canvas.write(String(line[start...]), x: box.x, y: box.y + row, style: style, clip: box)
    }
    return cursor
  }
}
