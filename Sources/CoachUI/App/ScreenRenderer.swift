import CoachCore

/// Renders the whole state into a frame: the screen on top of the navigation stack, then
/// the overlays, then the message line and the status bar.
public enum ScreenRenderer {
  public static func render(_ state: AppState) -> Frame {
    var canvas = Canvas(width: state.width, height: state.height)
    if state.isTooSmall {
      renderTooSmall(state, &canvas)
      return Frame(canvas: canvas, cursor: nil)
    }
    // The shared terminal shows its own screen and nothing of the coach's around it.
    if let session = state.kiosk, let context = ContextSource(state).kiosk(session) {
      let cursor = KioskView.render(session, context, &canvas)
      return Frame(canvas: canvas, cursor: cursor)
    }
    // A message of several rows takes them from the body: the screen and its overlays are
    // laid out on a canvas that many rows lower, so nothing of them is hidden.
    let extra = max(0, Chrome.messageLines(state).count - 1)
    let cursor: Frame.Cursor?
    if extra == 0 {
      // Nearly always: drawn in place, not on a second canvas copied cell by cell (12,000
      // cells at 200×60); the bottom row is the status bar's alone, as with the copy.
      cursor = renderScreen(state, &canvas)
      canvas.fill(Rect(x: 0, y: canvas.height - 1, width: canvas.width, height: 1), style: .normal)
    } else {
      var screen = Canvas(width: state.width, height: state.height - extra)
      cursor = renderScreen(state, &screen)
      canvas.copyRows(from: screen, count: screen.height - 1)
    }
    Chrome.messageLine(state, &canvas)
    Chrome.statusBar(state, &canvas)
    return Frame(canvas: canvas, cursor: cursor)
  }

  /// The screen on top of the stack and the overlays, down to the message line.
  private static func renderScreen(_ state: AppState, _ canvas: inout Canvas) -> Frame.Cursor? {
    var cursor = Reducer.render(state.route.feature, state, &canvas)
    for overlay in state.overlays {
      switch overlay {
      case .help:
        HelpView.render(state, &canvas)
        cursor = nil
      case .form(let form):
        cursor = FormView.render(form, state, &canvas)
      case .confirm(let confirmation):
        Dialog.confirm(confirmation, state, &canvas)
        cursor = nil
      case .meetingEnded(let community, let meeting):
        MeetingEndedView.render(community: community, meeting: meeting, state, &canvas)
        cursor = nil
      case .outsideChange(let community):
        OutsideChangeView.render(community: community, state, &canvas)
        cursor = nil
      case .exportMenu(let menu):
        ExportMenuView.render(menu, state, &canvas)
        cursor = nil
      case .message(let title, let lines):
        Dialog.message(title: title, lines: lines, state, &canvas)
        cursor = nil
      }
    }
    return cursor
  }

  private static func renderTooSmall(_ state: AppState, _ canvas: inout Canvas) {
    let text = state.strings.tooSmall(
      state.width, state.height, AppState.minimumWidth, AppState.minimumHeight)
    let lines = DisplayWidth.wrap(text, to: max(1, state.width - 2))
    let top = max(0, (state.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let x = max(0, (state.width - DisplayWidth.width(of: line)) / 2)
      canvas.write(line, x: x, y: top + index, style: .warning, bold: true)
    }
  }
}
