import CoachCore

enum FollowUpAction: Sendable {
  case list(ListMove)
  case review
  case grouping
  case back
}

enum FollowUpKeys {
  static func table(_ screen: FollowUpScreen, _ state: AppState) -> KeyTable<FollowUpAction> {
    let s = state.strings
    let empty = state.followUpItems(screen).isEmpty ? s.followUp.nothingOpen : nil
    return KeyTable(
      [
        KeyBinding(
          "followUp.review", [.enter, .character("c")], .review, s.meetingScreen.keyReview, .high,
          display: "⏎", refusal: state.readOnlyReason ?? empty),
        KeyBinding(
          "followUp.grouping", [.tab, .backTab], .grouping, s.followUp.keyGrouping,
          .essential, display: "Tab"),
        KeyBinding(
          "followUp.back", [.escape, .character("q")], .back, s.keyBack, .essential,
          display: "Esc"),
      ] + ListMove.bindings("followUp", s, FollowUpAction.list)
    ).applying(state.keyOverrides)
  }
}
