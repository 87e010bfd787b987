import CoachCore

enum FollowUpAction: Sendable {
  case list(ListMove)
  case review
  case grouping
  case back
}

enum FollowUpKeys {
  static func table(_ screen: FollowUpScreen, _ context: LibraryContext)
    -> KeyTable<FollowUpAction>
  {
    let s = context.strings
    let empty = screen.list(context).itemRows.isEmpty ? s.followUp.nothingOpen : nil
    return KeyTable(
      [
        KeyBinding(
          "followUp.review", [.enter, .character("c")], .review, s.meetingScreen.keyReview, .high,
          display: "⏎", refusal: context.readOnlyReason ?? empty),
        KeyBinding(
          "followUp.grouping", [.tab, .backTab], .grouping, s.followUp.keyGrouping, .essential,
          display: "Tab"),
        KeyBinding(
          "followUp.back", [.escape, .character("q")], .back, s.keyBack, .essential,
          display: "Esc"),
      ] + ListMove.bindings("followUp", s, FollowUpAction.list))
  }
}
