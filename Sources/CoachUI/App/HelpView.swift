import CoachCore

/// `?`: every key of the current screen, the keys that work everywhere, and those of forms.
/// Read from the same key tables as the reducer. Two columns when the terminal is wide
/// enough, so it fits on 80×24; when it is taller than the terminal it scrolls, and the
/// frame says how many rows are out of view above and below.
enum HelpView {
  typealias Section = (title: String, hints: [KeyHint])

  static func sections(_ state: AppState) -> (left: [Section], right: [Section]) {
    let s = state.strings
    var below = state
    below.overlays.removeAll { $0 == .help }
    let all = KeyHints.current(below).filter { $0.priority != .covered }
    let global = ScreenKeys.global(below).hints
    let screenKeys = all.filter { hint in
      !hint.isListMove && !global.contains { $0.id == hint.id }
    }
    // One line per list key, not one per list.
    var moves: [KeyHint] = []
    for hint in all where hint.isListMove && !moves.contains(where: { $0.keys == hint.keys }) {
      moves.append(hint)
    }
    let everywhere = moves + global
    // A form's keys as they are on a middle field with text in it: all of them.
    var sample = FormState(
      purpose: .addCommunity, title: "",
      fields: [
        .init(id: .name, label: "", kind: .text(TextField())),
        .init(id: .subject, label: "", kind: .text(TextField("…"))),
        .init(id: .schools, label: "", kind: .text(TextField())),
      ])
    sample.focus = 1
    let forms =
      FormKeys.table(sample, below).hints.filter { $0.priority != .covered } + [
        KeyHint(id: "form.choose", keys: "← → ␣", label: s.keyChoose, priority: .helpOnly)
      ]
    return (
      [(s.helpThisScreen, screenKeys)], [(s.helpEverywhere, everywhere), (s.helpForms, forms)]
    )
  }

  static func render(_ state: AppState, _ canvas: inout Canvas) {
    let s = state.strings
    let layout = HelpLayout.of(state, width: canvas.width, height: canvas.height)
    // Clamped here too: the terminal may have grown since the last key.
    let top = min(state.helpTop, layout.limit)
    let inside = Dialog.box(
      title: s.helpTitle, width: layout.boxWidth, height: layout.visible + 2, &canvas)
    let count = layout.columns.count
    let columnWidth = count > 1 ? (inside.width - 2) / 2 : inside.width
    for (index, rows) in layout.columns.enumerated() {
      let area = Rect(
        x: inside.x + index * (columnWidth + 2), y: inside.y, width: columnWidth,
        height: inside.height)
      draw(Array(rows.dropFirst(top).prefix(layout.visible)), in: area, &canvas)
    }
    let frame = inside.inset(horizontal: -2, vertical: -1)
    if top > 0 {
      let text = " ↑ " + s.helpMore(top) + " "
      canvas.write(
        text, x: frame.maxX - 2 - DisplayWidth.width(of: text), y: frame.y, style: .accent,
        bold: true, clip: frame)
    }
    let below = layout.rows - top - layout.visible
    if below > 0 {
      let text = " ↓ " + s.helpMore(below) + " "
      canvas.write(
        text, x: frame.maxX - 2 - DisplayWidth.width(of: text), y: frame.maxY - 1,
        style: .accent, bold: true, clip: frame)
    }
  }

  private static func draw(_ rows: [HelpLayout.Row], in area: Rect, _ canvas: inout Canvas) {
    let keyWidth = 12
    for (offset, row) in rows.enumerated() {
      let y = area.y + offset
      switch row {
      case .blank:
        continue
      case .title(let title):
        canvas.write(title, x: area.x, y: y, style: .heading, clip: area)
      case .hint(let hint):
        canvas.write(
          DisplayWidth.fit(hint.keys, to: keyWidth), x: area.x + 1, y: y, style: .accent,
          bold: true, clip: area)
        canvas.write(
          DisplayWidth.truncate(hint.label, to: area.width - keyWidth - 2),
          x: area.x + keyWidth + 2, y: y, style: hint.isEnabled ? .dialog : .dim, clip: area)
      }
    }
  }
}
