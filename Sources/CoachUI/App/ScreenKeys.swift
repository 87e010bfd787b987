import CoachCore

/// The keys of the screen on top, whatever its actions: what the status bar and help show,
/// and what a key does. The one place that lists the screens' key tables.
struct ScreenKeys {
  let hints: [KeyHint]
  /// Performs the key's action; nil when no binding has the key.
  let perform: (Key, inout AppState) -> [Effect]?

  init<Action>(
    _ table: KeyTable<Action>, _ body: @escaping (Action, Key, inout AppState) -> [Effect]
  ) {
    hints = table.hints
    perform = { key, state in
      switch table.match(key) {
      case .action(let action): return body(action, key, &state)
      case .refused(let reason):
        state.flash = reason
        return []
      case .unbound: return nil
      }
    }
  }

  static func forScreen(_ state: AppState) -> ScreenKeys {
    Reducer.keys(of: state.route.feature, state)
  }

  static func global(_ state: AppState) -> ScreenKeys {
    ScreenKeys(GlobalKeys.table(state)) { action, _, state in
      switch action {
      case .help:
        state.helpTop = 0
        state.overlays.append(.help)
        return []
      case .undo: return Reducer.undo(&state)
      case .redo: return Reducer.redo(&state)
      case .quitSafely: return Reducer.quitSafely(&state)
      }
    }
  }

  /// The keys of the overlay on top, for the status bar and help.
  static func overlayHints(_ overlay: Overlay, _ state: AppState) -> [KeyHint] {
    switch overlay {
    case .form(let form): FormKeys.table(form, state).hints
    case .confirm: QuestionKeys.table(state).hints
    case .help: HelpKeys.table(state).hints
    case .message:
      [
        KeyHint(
          id: "message.close", keys: "", label: state.strings.pressAnyKey, priority: .essential)
      ]
    case .meetingEnded: MeetingEndedKeys.table(state).hints
    case .outsideChange: OutsideChangeKeys.table(state).hints
    case .exportMenu: ExportMenuKeys.table(state).hints
    }
  }
}
