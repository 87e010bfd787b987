/// A step in a list with a selection: the keys every list shares.
public enum ListMove: Equatable, Sendable {
  case up
  case down
  case pageUp
  case pageDown
  case first
  case last

  /// The selection after the step, kept within `0..<count`; nil for an empty list.
  func apply(to selection: Int, count: Int, page: Int) -> Int? {
    guard count > 0 else { return nil }
    let next: Int
    switch self {
    case .up: next = selection - 1
    case .down: next = selection + 1
    case .pageUp: next = selection - page
    case .pageDown: next = selection + page
    case .first: next = 0
    case .last: next = count - 1
    }
    return min(max(0, next), count - 1)
  }

  /// The bindings of a list, help-only: the arrows are what everyone tries first.
  static func bindings<Action>(_ prefix: String, _ s: UIStrings, _ wrap: (ListMove) -> Action)
    -> [KeyBinding<Action>]
  {
    let bindings: [KeyBinding<Action>] = [
      KeyBinding(
        prefix + ".up", [.up, .character("k")], wrap(.up), s.keyMove, .helpOnly,
        display: "↑↓ k j"),
      KeyBinding(prefix + ".down", [.down, .character("j")], wrap(.down), s.keyMove, .covered),
      KeyBinding(
        prefix + ".pageUp", [.pageUp], wrap(.pageUp), s.keyPage, .helpOnly, display: "PgUp PgDn"),
      KeyBinding(prefix + ".pageDown", [.pageDown], wrap(.pageDown), s.keyPage, .covered),
      KeyBinding(
        prefix + ".first", [.home, .character("g")], wrap(.first), s.keyFirstLast, .helpOnly,
        display: "Home End g G"),
      KeyBinding(prefix + ".last", [.end, .character("G")], wrap(.last), s.keyFirstLast, .covered),
    ]
    return bindings.map { $0.listMove() }
  }
}
