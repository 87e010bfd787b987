import CoachCore

enum SearchAction: Sendable {
  case move(ListMove)
  case open
  case clear
  case back
}

/// The search's keys. Letters, digits and Backspace are text for the query, so the list
/// moves only with the arrows and PgUp/PgDn, and no letter is a command here.
enum SearchKeys {
  static func table(_ screen: SearchScreen, _ context: SearchContext) -> KeyTable<SearchAction> {
    let s = context.strings
    let f = SearchStrings.forLanguage(context.language)
    let nothingTyped = screen.query.text.isEmpty ? f.typeFirst : nil
    let noHit = nothingTyped ?? (screen.hits(context).isEmpty ? f.noHitToOpen : nil)
    let moves: [KeyBinding<SearchAction>] = [
      KeyBinding("search.up", [.up], .move(.up), s.keyMove, .helpOnly, display: "↑↓"),
      KeyBinding("search.down", [.down], .move(.down), s.keyMove, .covered),
      KeyBinding(
        "search.pageUp", [.pageUp], .move(.pageUp), s.keyPage, .helpOnly, display: "PgUp PgDn"),
      KeyBinding("search.pageDown", [.pageDown], .move(.pageDown), s.keyPage, .covered),
    ].map { $0.listMove() }
    return KeyTable(
      [
        KeyBinding(
          "search.open", [.enter], .open, f.keyGoTo, .high, display: "⏎", refusal: noHit),
        KeyBinding("search.clear", [.control("u")], .clear, f.keyClear, refusal: nothingTyped),
        KeyBinding("search.back", [.escape], .back, s.keyBack, .essential, display: "Esc"),
      ] + moves)
  }
}
