/// How keys are written for people: “⏎”, “Tab”, “Ctrl-S”, “S-↑”; and read back from the
/// config file in the same words.
public enum KeyLabel {
  public static func text(_ keys: [Key]) -> String {
    keys.map(text).joined(separator: " ")
  }

  public static func text(_ key: Key) -> String {
    switch key {
    case .character(" "): "␣"
    case .character(let character): String(character)
    case .enter: "⏎"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: "⌫"
    case .delete: "Del"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .shiftUp: "S-↑"
    case .shiftDown: "S-↓"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .control(let character): "Ctrl-" + String(character).uppercased()
    case .function(let number): "F\(number)"
    }
  }

  /// A key as written in the config file: one character, or a name (Enter, Esc, Tab,
  /// Space, Up, Down, Left, Right, PgUp, PgDn, Home, End, Del, Backspace, F1…, Ctrl-X).
  public static func parse(_ text: String) -> Key? {
    if text.count == 1, let character = text.first { return .character(character) }
    let lower = text.lowercased()
    let named: [String: Key] = [
      "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
      "s-tab": .backTab, "shift-tab": .backTab, "space": .character(" "), "up": .up,
      "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
      "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "del": .delete,
      "delete": .delete, "backspace": .backspace, "s-up": .shiftUp, "s-down": .shiftDown,
    ]
    if let key = named[lower] { return key }
    if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, letter.isLetter {
      return .control(letter)
    }
    if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
      return .function(number)
    }
    return nil
  }
}
