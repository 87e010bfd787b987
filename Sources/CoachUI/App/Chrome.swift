import CoachCore

/// The lines around every screen: the title line at the top, the message line and the
/// status bar (keys that work here, and whether all is saved) at the bottom.
enum Chrome {
  static func title(_ left: String, right: String, row: Int, _ canvas: inout Canvas) {
    let width = canvas.width
    canvas.fill(Rect(x: 0, y: row, width: width, height: 1), style: .title)
    let rightWidth = DisplayWidth.width(of: right)
    let leftRoom = max(0, width - rightWidth - 3)
    canvas.write(
      " " + DisplayWidth.truncate(left, to: leftRoom), x: 0, y: row, style: .title, bold: true)
    if rightWidth + 2 < width {
      canvas.write(right, x: width - rightWidth - 1, y: row, style: .title)
    }
  }

  static func statusBar(_ state: AppState, _ canvas: inout Canvas) {
    let row = canvas.height - 1
    let width = canvas.width
    canvas.fill(Rect(x: 0, y: row, width: width, height: 1), style: .statusBar)
    let status = statusText(state)
    let statusWidth = DisplayWidth.width(of: status.text)
    var x = 1
    for hint in KeyHints.statusBar(state, width: max(0, width - statusWidth - 4)) {
      canvas.write(hint.keys, x: x, y: row, style: .statusKey, bold: true)
      canvas.write(
        " " + hint.label, x: x + DisplayWidth.width(of: hint.keys), y: row, style: .statusBar)
      x += DisplayWidth.width(of: hint.text) + KeyHints.separator
    }
    canvas.write(status.text, x: max(0, width - statusWidth - 1), y: row, style: status.style)
  }

  private static func statusText(_ state: AppState) -> (text: String, style: StyleRole) {
    let s = state.strings
    switch state.saveStatus {
    case .failed, .conflict: return (s.notSaved, .error)
    case .readOnly: return (s.readOnly, .warning)
    case .saved: return (state.isDemo ? s.demo : s.saved, .statusBar)
    }
  }

  /// The rows above the status bar: the last action's message, or a read-only notice.
  static func messageLine(_ state: AppState, _ canvas: inout Canvas) {
    let lines = messageLines(state)
    let top = canvas.height - 1 - lines.count
    for (offset, line) in lines.enumerated() {
      canvas.write(" " + line.text, x: 0, y: top + offset, style: line.style)
    }
  }

  /// The message wrapped to the width, so its advice at the end is never cut: one row, or
  /// up to three (two on a low terminal) taken from the screen's body. Only a message longer
  /// than that still ends in “…”.
  static func messageLines(_ state: AppState) -> [(text: String, style: StyleRole)] {
    guard let (text, style) = message(state) else { return [] }
    let width = max(1, state.width - 2)
    let most = state.height >= 20 ? 3 : 2
    var lines = DisplayWidth.wrap(
      text.replacingOccurrences(of: "\n", with: " "), to: width, filling: true)
    if lines.count > most {
      let rest = lines[(most - 1)...].joined(separator: " ")
      lines = Array(lines.prefix(most - 1)) + [DisplayWidth.truncate(rest, to: width)]
    }
    return lines.map { ($0, style) }
  }

  private static func message(_ state: AppState) -> (String, StyleRole)? {
    if let flash = state.flash { return (flash, .accent) }
    switch state.saveStatus {
    case .failed(let reason), .conflict(let reason): return (reason, .error)
    case .readOnly(let reason): return (reason, .warning)
    case .saved: return nil
    }
  }

  /// The rows between the title line and the message line.
  static func body(_ canvas: Canvas) -> Rect {
    Rect(x: 0, y: 1, width: canvas.width, height: canvas.height - 3)
  }
}
