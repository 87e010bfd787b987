enum HelpAction: Sendable {
  case close
  case scroll(ListMove)
}

/// The help overlay closes with the keys people try first, and scrolls with the list keys
/// when it is taller than the terminal.
enum HelpKeys {
  static func table(_ state: AppState) -> KeyTable<HelpAction> {
    let s = state.strings
    // Offered on the status bar only when there is something to scroll to.
    let scroll: KeyPriority =
      HelpLayout.of(state).limit > 0 ? .high : .helpOnly
    // Scrolling does nothing at an edge, as moving in a list does.
    let moves: [KeyBinding<HelpAction>] = [
      KeyBinding(
        "help.up", [.up, .character("k")], .scroll(.up), s.keyScrollHelp, scroll,
        display: "↑↓ PgUp PgDn"),
      KeyBinding("help.down", [.down, .character("j")], .scroll(.down), s.keyScrollHelp, .covered),
      KeyBinding("help.pageUp", [.pageUp], .scroll(.pageUp), s.keyScrollHelp, .covered),
      KeyBinding("help.pageDown", [.pageDown], .scroll(.pageDown), s.keyScrollHelp, .covered),
    ].map { $0.listMove() }
    return KeyTable(
      [
        KeyBinding(
          "help.close", [.escape, .enter, .character("?"), .character("q")], .close,
          s.keyCloseHelp, .essential, display: "Esc")
      ] + moves)
  }
}
