/// The keys that work on every screen (after the screen's own): help, undo and redo.
/// Ctrl-C is listed here too, but the reducer takes it before anything else.
enum GlobalAction: Sendable {
  case help
  case undo
  case redo
  case quitSafely
}

enum GlobalKeys {
  static func table(_ state: AppState) -> KeyTable<GlobalAction> {
    let s = state.strings
    let readOnly = state.readOnlyReason
    return KeyTable([
      KeyBinding("help", [.character("?")], .help, s.keyHelp, .essential),
      KeyBinding("undo", [.character("u")], .undo, s.keyUndo, .helpOnly, refusal: readOnly),
      KeyBinding("redo", [.control("r")], .redo, s.keyRedo, .helpOnly, refusal: readOnly),
      KeyBinding("quit", [.control("c")], .quitSafely, s.keyQuitAnywhere, .helpOnly),
    ]).applying(state.keyOverrides)
  }
}
