/// A framed box over the screen, for forms, questions, messages and help.
enum Dialog {
  /// Clears and frames a box of at most `width` × `height` in the middle; returns the
  /// inside, one cell in from the frame.
  static func box(title: String, width: Int, height: Int, _ canvas: inout Canvas) -> Rect {
    let outer = Rect(x: 0, y: 1, width: canvas.width, height: canvas.height - 2)
      .centered(width: width, height: height)
    canvas.fill(outer, style: .dialog)
    let horizontal = String(repeating: "─", count: max(0, outer.width - 2))
    canvas.write("┌" + horizontal + "┐", x: outer.x, y: outer.y, style: .border)
    for y in (outer.y + 1)..<max(outer.y + 1, outer.maxY - 1) {
      canvas.write("│", x: outer.x, y: y, style: .border)
      canvas.write("│", x: outer.maxX - 1, y: y, style: .border)
    }
    canvas.write("└" + horizontal + "┘", x: outer.x, y: outer.maxY - 1, style: .border)
    let label = " " + DisplayWidth.truncate(title, to: max(0, outer.width - 6)) + " "
    canvas.write(label, x: outer.x + 2, y: outer.y, style: .title, bold: true)
    return outer.inset(horizontal: 2, vertical: 1)
  }

  static func confirm(_ confirmation: Confirmation, _ state: AppState, _ canvas: inout Canvas) {
    let s = state.strings
    let width = min(64, canvas.width - 4)
    let lines = DisplayWidth.wrap(confirmation.question, to: width - 4)
    let inside = box(
      title: title(confirmation.action, s), width: width, height: lines.count + 4, &canvas)
    for (index, line) in lines.enumerated() {
      canvas.write(line, x: inside.x, y: inside.y + index, style: .dialog, clip: inside)
    }
    let answer = QuestionKeys.table(state).hints.map(\.text).joined(separator: "   ")
    canvas.write(answer, x: inside.x, y: inside.maxY - 1, style: .accent, bold: true, clip: inside)
  }

  /// A title that fits the question: “Sure?” does not ask whether a meeting is today.
  private static func title(_ action: Confirmation.Action, _ s: UIStrings) -> String {
    switch action {
    case .runToday: s.live.takesPlaceTodayTitle
    case .replaceExport: s.meetingScreen.replaceExportTitle
    default: s.confirmTitle
    }
  }

  /// A short message with the keys that answer it on the last line.
  static func choice(
    title: String, lines: [String], keys: [KeyHint], _ canvas: inout Canvas
  ) {
    let width = min(64, canvas.width - 4)
    var wrapped: [String] = []
    for line in lines { wrapped += DisplayWidth.wrap(line, to: width - 4) }
    let answers = keys.filter(\.isEnabled).map(\.text)
    // The frame, the text, one blank line, an answer per line.
    let inside = box(title: title, width: width, height: wrapped.count + 3 + answers.count, &canvas)
    for (index, line) in wrapped.enumerated() {
      canvas.write(line, x: inside.x, y: inside.y + index, style: .dialog, clip: inside)
    }
    for (index, answer) in answers.enumerated() {
      canvas.write(
        answer, x: inside.x, y: inside.y + wrapped.count + 1 + index, style: .accent, bold: true,
        clip: inside)
    }
  }

  static func message(title: String, lines: [String], _ state: AppState, _ canvas: inout Canvas) {
    let width = min(76, canvas.width - 4)
    var wrapped: [String] = []
    for line in lines { wrapped += DisplayWidth.wrap(line, to: width - 4) }
    let room = max(1, canvas.height - 8)
    let shown = Array(wrapped.prefix(room))
    let inside = box(title: title, width: width, height: shown.count + 4, &canvas)
    for (index, line) in shown.enumerated() {
      canvas.write(line, x: inside.x, y: inside.y + index, style: .dialog, clip: inside)
    }
    canvas.write(
      state.strings.pressAnyKey, x: inside.x, y: inside.maxY - 1, style: .dim, clip: inside)
  }
}
