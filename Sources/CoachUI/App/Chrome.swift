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

  /// The line above the status bar: the last action's message, or a read-only notice.
  static func messageLine(_ state: AppState, _ canvas: inout Canvas) {
    let row = canvas.height - 2
    var text: String?
    var style = StyleRole.accent
    if let flash = state.flash {
      text = flash
    } else if case .failed(let reason) = state.saveStatus {
      text = reason
      style = .error
    } else if case .conflict(let reason) = state.saveStatus {
      text = reason
      style = .error
    } else if case .readOnly(let reason) = state.saveStatus {
      text = reason
      style = .warning
    }
    guard let text else { return }
    canvas.write(
      " " + DisplayWidth.truncate(text, to: canvas.width - 2), x: 0, y: row, style: style)
  }

  /// The rows between the title line and the message line.
  static func body(_ canvas: Canvas) -> Rect {
    Rect(x: 0, y: 1, width: canvas.width, height: canvas.height - 3)
  }
}
