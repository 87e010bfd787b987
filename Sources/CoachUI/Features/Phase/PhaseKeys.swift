import CoachCore

enum PhaseAction: Sendable {
  case previousPhase
  case nextPhase
  case choosePhase
  case scroll(ListMove)
  case move
  case followUp
  case back
  case tick
}

enum PhaseKeys {
  static func table(_ screen: PhaseScreen, _ context: CommunityContext) -> KeyTable<PhaseAction> {
    let s = context.strings
    let here = context.community.phase == screen.phase ? s.alreadyInThisPhase : nil
    return KeyTable([
      KeyBinding(
        "phase.previous", [.left, .character("h")], .previousPhase, s.keyPreviousPhase, .high,
        display: "←"),
      KeyBinding(
        "phase.next", [.right, .character("l")], .nextPhase, s.keyNextPhase, .high, display: "→"),
      KeyBinding(
        "phase.move", [.enter, .character("m")], .move, s.keyMovePhase, .normal, display: "⏎",
        refusal: context.readOnlyReason ?? here),
      KeyBinding("phase.followUp", [.character("f")], .followUp, s.followUp.keyFollowUp, .low),
      KeyBinding(
        "phase.tick", [.character("c")], .tick, s.checklist.key, .normal,
        refusal: context.readOnlyReason
          ?? (PlaybookItem.items(of: screen.phase).allSatisfy { $0.check != nil }
            ? s.checklist.nothingToTick : nil)),
      KeyBinding(
        "phase.choose", (1...5).map { .character(Character(String($0))) }, .choosePhase,
        s.keyOtherPhase, .helpOnly, display: "1–5"),
      KeyBinding(
        "phase.scrollUp", [.up, .character("k")], .scroll(.up), s.keyScroll, .helpOnly,
        display: "↑↓ k j"
      ).listMove(),
      KeyBinding(
        "phase.scrollDown", [.down, .character("j")], .scroll(.down), s.keyScroll, .covered
      ).listMove(),
      KeyBinding(
        "phase.pageUp", [.pageUp], .scroll(.pageUp), s.keyPage, .helpOnly, display: "PgUp PgDn"
      ).listMove(),
      KeyBinding("phase.pageDown", [.pageDown], .scroll(.pageDown), s.keyPage, .covered)
        .listMove(),
      KeyBinding(
        "phase.top", [.home], .scroll(.first), s.keyFirstLast, .helpOnly, display: "Home End"
      ).listMove(),
      KeyBinding("phase.bottom", [.end], .scroll(.last), s.keyFirstLast, .covered).listMove(),
      KeyBinding(
        "phase.back", [.escape, .character("q")], .back, s.keyBack, .essential, display: "Esc"),
    ])
  }
}
