import CoachCore

enum QuestionAction: Sendable {
  case yes
  case no
}

/// A y/n question. Only y (and j in Dutch) answers yes: with the vim habit `j` means “down”,
/// and in English it must never delete anything. Enter answers nothing, so a stray Enter
/// cannot either.
enum QuestionKeys {
  static func table(_ state: AppState) -> KeyTable<QuestionAction> {
    let s = state.strings
    let yes: [Key] =
      state.language == .nl
      ? [.character("j"), .character("J"), .character("y"), .character("Y")]
      : [.character("y"), .character("Y")]
    return KeyTable([
      KeyBinding("question.yes", yes, .yes, s.keyYes, .essential, display: s.yesKey),
      KeyBinding(
        "question.no", [.character("n"), .character("N"), .escape], .no, s.keyNo, .essential,
        display: "n"),
    ])
  }
}
