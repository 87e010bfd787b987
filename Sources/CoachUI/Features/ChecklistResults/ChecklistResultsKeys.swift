import CoachCore

enum ChecklistResultsAction: Sendable {
  case back
  case list(ListMove)
  case open
}

/// The keys of the checklist results: on the list, open a round; in a round, scroll; Esc
/// goes back one step.
enum ChecklistResultsKeys {
  static func table(_ screen: ChecklistResultsScreen, _ context: CommunityContext)
    -> KeyTable<ChecklistResultsAction>
  {
    let s = context.strings
    let c = ChecklistResultsStrings.of(context.language)
    guard screen.openRoundID == nil else {
      return KeyTable(
        [
          KeyBinding(
            "checklists.close", [.escape, .left, .character("q")], .back, s.keyBack,
            .essential, display: "Esc")
        ] + ListMove.bindings("checklists.round", s, ChecklistResultsAction.list))
    }
    let empty =
      ChecklistResultsScreen.rounds(context.community).isEmpty ? s.listEmpty : nil
    return KeyTable(
      [
        KeyBinding(
          "checklists.open", [.enter, .right, .character("l")], .open, c.keyShow, .high,
          display: "⏎", refusal: empty),
        KeyBinding(
          "checklists.back", [.escape, .character("q")], .back, s.keyBack, .essential,
          display: "Esc"),
      ] + ListMove.bindings("checklists", s, ChecklistResultsAction.list))
  }
}
