import CoachCore

/// `?`: every key of the current screen, the keys that work everywhere, and those of forms.
/// Read from the same key tables as the reducer. Two columns when the terminal is wide
/// enough, so it fits on 80×24.
enum HelpView {
  typealias Section = (title: String, hints: [KeyHint])

  static func render(_ state: AppState, _ canvas: inout Canvas) {
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
    let left: [Section] = [(s.helpThisScreen, screenKeys)]
    let right: [Section] = [(s.helpEverywhere, everywhere), (s.helpForms, forms)]
    let twoColumns = canvas.width >= 72
    let columns: [[Section]] = twoColumns ? [left, right] : [left + right]
    let height = (columns.map(rows).max() ?? 0) + 2
    let width = min(twoColumns ? 78 : 48, canvas.width - 2)
    let inside = Dialog.box(title: s.helpTitle, width: width, height: height, &canvas)
    let columnWidth = twoColumns ? (inside.width - 2) / 2 : inside.width
    for (index, sections) in columns.enumerated() {
      let area = Rect(
        x: inside.x + index * (columnWidth + 2), y: inside.y, width: columnWidth,
        height: inside.height)
      draw(sections, in: area, &canvas)
    }
  }

  private static func rows(_ sections: [Section]) -> Int {
    sections.reduce(0) { $0 + $1.hints.count + 1 } + max(0, sections.count - 1)
  }

  private static func draw(_ sections: [Section], in area: Rect, _ canvas: inout Canvas) {
    var row = area.y
    let keyWidth = 12
    for (title, hints) in sections {
      canvas.write(title, x: area.x, y: row, style: .heading, clip: area)
      row += 1
      for hint in hints {
        canvas.write(
          DisplayWidth.fit(hint.keys, to: keyWidth), x: area.x + 1, y: row, style: .accent,
          bold: true, clip: area)
        canvas.write(
          DisplayWidth.truncate(hint.label, to: area.width - keyWidth - 2),
          x: area.x + keyWidth + 2, y: row, style: hint.isEnabled ? .dialog : .dim, clip: area)
        row += 1
      }
      row += 1
    }
  }
}
