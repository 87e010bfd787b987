/// `?`: every key of the current screen, and the keys that work everywhere.
enum HelpView {
  static func render(_ state: AppState, _ canvas: inout Canvas) {
    let s = state.strings
    var below = state
    below.overlays.removeAll { $0 == .help }
    let screenKeys = KeyHints.forScreen(below).filter { !["u", "Ctrl-R"].contains($0.keys) }
    let everywhere = [
      KeyHint("↑↓ k j", s.keyMove), KeyHint("PgUp PgDn", s.keyPage), KeyHint("Home End", s.keyFirstLast),
      KeyHint("u", s.keyUndo), KeyHint("Ctrl-R", s.keyRedo), KeyHint("?", s.keyHelp),
      KeyHint("Ctrl-C", s.keyQuitAnywhere),
    ]
    let forms = [
      KeyHint("Tab ↓", s.keyNextField), KeyHint("Shift-Tab ↑", s.keyPreviousField),
      KeyHint("← → ␠", s.keyChoose), KeyHint("⏎", s.keyNextField + " / " + s.keySave),
      KeyHint("Ctrl-S", s.keySave), KeyHint("Esc", s.keyCancel),
    ]
    let sections = [(s.helpThisScreen, screenKeys), (s.helpEverywhere, everywhere), (s.helpForms, forms)]
    let height = sections.reduce(0) { $0 + $1.1.count + 2 } + 1
    let inside = Dialog.box(title: s.helpTitle, width: min(64, canvas.width - 2), height: height, &canvas)
    var row = inside.y
    for (title, hints) in sections {
      canvas.write(title, x: inside.x, y: row, style: .heading, clip: inside)
      row += 1
      for hint in hints {
        canvas.write(DisplayWidth.fit(hint.keys, to: 14), x: inside.x + 1, y: row, style: .accent, bold: true, clip: inside)
        canvas.write(hint.meaning, x: inside.x + 16, y: row, style: .dialog, clip: inside)
        row += 1
      }
      row += 1
    }
  }
}
