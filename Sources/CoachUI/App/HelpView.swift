/// `?`: every key of the current screen, and the keys that work everywhere and in forms.
/// Two columns when the terminal is wide enough, so it fits on 80×24.
enum HelpView {
  typealias Section = (title: String, hints: [KeyHint])

  static func render(_ state: AppState, _ canvas: inout Canvas) {
    let s = state.strings
    var below = state
    below.overlays.removeAll { $0 == .help }
    let screenKeys = KeyHints.forScreen(below).filter {
      !["u", "Ctrl-R", "↑↓"].contains($0.keys)
    }
    let everywhere = [
      KeyHint("↑↓ k j", s.keyMove), KeyHint("PgUp PgDn", s.keyPage),
      KeyHint("Home End", s.keyFirstLast),
      KeyHint("u", s.keyUndo), KeyHint("Ctrl-R", s.keyRedo), KeyHint("?", s.keyHelp),
      KeyHint("Ctrl-C", s.keyQuitAnywhere),
    ]
    let forms = [
      KeyHint("Tab ↓", s.keyNextField), KeyHint("S-Tab ↑", s.keyPreviousField),
      KeyHint("← → ␠", s.keyChoose), KeyHint("⏎", s.keyNextField + " / " + s.keySave),
      KeyHint("Ctrl-S", s.keySave), KeyHint("Esc", s.keyCancel),
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
    let keyWidth = 10
    for (title, hints) in sections {
      canvas.write(title, x: area.x, y: row, style: .heading, clip: area)
      row += 1
      for hint in hints {
        canvas.write(
          DisplayWidth.fit(hint.keys, to: keyWidth), x: area.x + 1, y: row, style: .accent,
          bold: true, clip: area)
        canvas.write(
          DisplayWidth.truncate(hint.meaning, to: area.width - keyWidth - 2),
          x: area.x + keyWidth + 2, y: row,
          style: .dialog, clip: area)
        row += 1
      }
      row += 1
    }
  }
}
