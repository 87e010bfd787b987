import CoachCore

/// The keys that work on a screen: the status bar shows the common ones, the help overlay
/// all of them. One list serves both, so they never disagree.
struct KeyHint: Equatable {
  enum Place: Equatable {
    /// Only in the help overlay.
    case helpOnly
    /// In the status bar while there is room.
    case statusBar
    /// In the status bar always: the way back and the way to help must never be cut off.
    case essential
  }

  let keys: String
  let meaning: String
  let place: Place
  /// Starts a change, so it is left out while the store is read-only.
  let edits: Bool

  init(_ keys: String, _ meaning: String, _ place: Place = .statusBar, edits: Bool = false) {
    self.keys = keys
    self.meaning = meaning
    self.place = place
    self.edits = edits
  }

  var text: String { keys + " " + meaning }
}

enum KeyHints {
  static func forScreen(_ state: AppState) -> [KeyHint] {
    let hints = all(state)
    return state.isReadOnly ? hints.filter { !$0.edits } : hints
  }

  /// The status bar's hints that fit in `width` columns: the essential ones always, the
  /// others in order while there is room.
  static func statusBar(_ state: AppState, width: Int) -> [KeyHint] {
    var shown = forScreen(state).filter { $0.place != .helpOnly }
    let separator = 3
    func total() -> Int {
      shown.reduce(0) { $0 + DisplayWidth.width(of: $1.text) } + separator * max(0, shown.count - 1)
    }
    while total() > width, let last = shown.lastIndex(where: { $0.place == .statusBar }) {
      shown.remove(at: last)
    }
    while total() > width, !shown.isEmpty { shown.removeLast() }
    return shown
  }

  private static func all(_ state: AppState) -> [KeyHint] {
    let s = state.strings
    if let overlay = state.overlays.last {
      switch overlay {
      case .form(let form):
        let enter =
          form.focusedField?.isMultiline == true
          ? s.keyNewLine : (form.isOnLastField ? s.keySave : s.keyNextField)
        return [
          KeyHint("Ctrl-S", s.keySave, .essential), KeyHint("Tab", s.keyNextField),
          KeyHint("⏎", enter), KeyHint("Esc", s.keyCancel, .essential),
        ]
      case .confirm:
        return [KeyHint(s.yesKey, s.keyYes, .essential), KeyHint("n", s.keyNo, .essential)]
      case .help, .message:
        return [KeyHint("Esc", s.keyCloseHelp, .essential)]
      }
    }
    let undo = [
      KeyHint("u", s.keyUndo, .helpOnly, edits: true),
      KeyHint("Ctrl-R", s.keyRedo, .helpOnly, edits: true),
    ]
    let move = KeyHint("↑↓", s.keyMove, .helpOnly)
    let help = KeyHint("?", s.keyHelp, .essential)
    switch state.route {
    case .home:
      return [
        KeyHint("⏎", s.keyOpen), KeyHint("a", s.keyAdd, edits: true),
        KeyHint("e", s.keyEdit, edits: true),
        KeyHint("d", s.keyDelete, .helpOnly, edits: true), KeyHint("/", s.keyFilter),
        KeyHint("f", s.followUp.keyFollowUp), move, help,
        KeyHint("q", s.keyQuit, .essential),
      ] + undo
    case .community(let screen):
      let back = KeyHint("Esc q", s.keyBack, .essential)
      switch screen.tab {
      case .overview:
        return [
          KeyHint("⏎", s.keyPhaseGuide), KeyHint("e", s.keyEdit, edits: true),
          KeyHint("Tab", s.keyTab), KeyHint("f", s.followUp.keyFollowUp),
          move, KeyHint("1–5", s.keyOtherPhase, .helpOnly), help, back,
        ] + undo
      case .meetings:
        return [
          KeyHint("⏎", s.keyOpen), KeyHint("m", s.live.keyStart),
          KeyHint("a", s.meetings.keyPlan, edits: true),
          KeyHint("d", s.keyDelete, .helpOnly, edits: true),
          KeyHint("Tab", s.keyTab), move, help, back,
        ] + undo
      case .members:
        return [
          KeyHint("a", s.keyAdd, edits: true), KeyHint("e ⏎", s.keyEdit, edits: true),
          KeyHint("d", s.keyDelete, .helpOnly, edits: true), KeyHint("/", s.keyFilter),
          KeyHint("Tab", s.keyTab), move, help, back,
        ] + undo
      }
    case .meeting(let screen):
      return meetingScreenHints(screen, state) + undo
    case .live(let screen):
      return liveHints(screen, state) + undo
    case .followUp(let screen):
      return followUpHints(screen, state)
    case .phase:
      return [
        KeyHint("←→", s.keyOtherPhase), KeyHint("⏎", s.keyMovePhase, edits: true),
        KeyHint("↑↓", s.keyScroll), KeyHint("1–5", s.keyOtherPhase, .helpOnly), help,
        KeyHint("Esc q", s.keyBack, .essential),
      ] + undo
    }
  }
}
