enum HelpAction: Sendable {
  case close
}

/// The help overlay closes with the keys people try first.
enum HelpKeys {
  static func table(_ state: AppState) -> KeyTable<HelpAction> {
    KeyTable([
      KeyBinding(
        "help.close", [.escape, .enter, .character("?"), .character("q")], .close,
        state.strings.keyCloseHelp, .essential, display: "Esc")
    ])
  }
}
