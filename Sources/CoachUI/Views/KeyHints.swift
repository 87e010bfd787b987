import CoachCore

/// The keys that work on a screen: the status bar shows the common ones, the help overlay
/// all of them. One list serves both, so they never disagree.
struct KeyHint: Equatable {
  let keys: String
  let meaning: String
  /// Shown in the status bar (the help overlay shows every hint).
  let inStatusBar: Bool

  init(_ keys: String, _ meaning: String, status: Bool = true) {
    self.keys = keys
    self.meaning = meaning
    self.inStatusBar = status
  }
}

enum KeyHints {
  static func forScreen(_ state: AppState) -> [KeyHint] {
    let s = state.strings
    if let overlay = state.overlays.last {
      switch overlay {
      case .form(let form):
        let enter =
          form.focusedField?.isMultiline == true
          ? s.keyNewLine : (form.isOnLastField ? s.keySave : s.keyNextField)
        return [
          KeyHint("Tab", s.keyNextField), KeyHint("⏎", enter), KeyHint("Ctrl-S", s.keySave),
          KeyHint("Esc", s.keyCancel),
        ]
      case .confirm:
        return [KeyHint("y", s.keyYes), KeyHint("n", s.keyNo)]
      case .help, .message:
        return [KeyHint("Esc", s.keyCloseHelp)]
      }
    }
    let undo = [
      KeyHint("u", s.keyUndo, status: false), KeyHint("Ctrl-R", s.keyRedo, status: false),
    ]
    switch state.route {
    case .home:
      return [
        KeyHint("⏎", s.keyOpen), KeyHint("a", s.keyAdd), KeyHint("e", s.keyEdit),
        KeyHint("d", s.keyDelete, status: false), KeyHint("/", s.keyFilter),
        KeyHint("↑↓", s.keyMove, status: false), KeyHint("?", s.keyHelp), KeyHint("q", s.keyQuit),
      ] + undo
    case .community(let screen):
      let common = [KeyHint("Tab", s.keyTab), KeyHint("?", s.keyHelp), KeyHint("Esc", s.keyBack)]
      switch screen.tab {
      case .overview:
        return [
          KeyHint("⏎", s.keyPhaseGuide), KeyHint("e", s.keyEdit),
          KeyHint("↑↓", s.keyMove, status: false),
        ]
          + common + undo
      case .members:
        return [
          KeyHint("a", s.keyAdd), KeyHint("e", s.keyEdit), KeyHint("d", s.keyDelete, status: false),
          KeyHint("/", s.keyFilter), KeyHint("↑↓", s.keyMove, status: false),
        ] + common + undo
      }
    case .phase:
      return [
        KeyHint("←→", s.keyOtherPhase), KeyHint("⏎", s.keyMovePhase), KeyHint("↑↓", s.keyScroll),
        KeyHint("?", s.keyHelp), KeyHint("Esc", s.keyBack),
      ] + undo
    }
  }
}
