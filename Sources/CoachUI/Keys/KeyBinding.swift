/// One key binding, declared once: the reducer dispatches from it, the status bar and the
/// help overlay draw it, and the config file may give its action other keys.
public struct KeyBinding<Action: Sendable>: Sendable {
  /// How the config file names the action, e.g. "home.add".
  public let id: String
  public var keys: [Key]
  public let action: Action
  /// What it does, in the UI's language (from the string tables).
  public let label: String
  public let priority: KeyPriority
  /// How the keys are written in the status bar and help; nil: the keys themselves.
  public private(set) var display: String?
  /// Why the action cannot be done now (read-only store, nothing selected); nil: it can.
  public var refusal: String?
  /// Moving in a list: help lists these once, under the keys of every screen.
  public var isListMove = false

  public init(
    _ id: String, _ keys: [Key], _ action: Action, _ label: String,
    _ priority: KeyPriority = .normal, display: String? = nil, refusal: String? = nil
  ) {
    self.id = id
    self.keys = keys
    self.action = action
    self.label = label
    self.priority = priority
    self.display = display
    self.refusal = refusal
  }

  /// The same binding, marked as moving in a list or a text.
  func listMove() -> KeyBinding {
    var binding = self
    binding.isListMove = true
    return binding
  }

  /// Keeps only `keys` (the others belong to an earlier binding); the label follows.
  mutating func shadowed(keeping keys: [Key]) {
    self.keys = keys
    display = nil
  }

  /// Gives up `key` to another binding of the screen; a display naming it drops that name.
  mutating func giveUp(_ key: Key) {
    keys.removeAll { $0 == key }
    let name = KeyLabel.text([key])
    display = display.map { $0.split(separator: " ").filter { $0 != name }.joined(separator: " ") }
  }

  public var keyText: String { display ?? KeyLabel.text(keys) }

  var hint: KeyHint {
    KeyHint(
      id: id, keys: keyText, label: label, priority: priority, refusal: refusal,
      isListMove: isListMove, boundKeys: keys)
  }
}

/// Where a binding is shown: the status bar cuts the lowest first and never the essential
/// ones (the way back, `?`, the key to the screen's sections); help shows them all.
public enum KeyPriority: Int, Comparable, Sendable {
  case essential
  case high
  case normal
  case low
  /// Only in the help overlay (moving in a list, undo).
  case helpOnly
  /// Shown nowhere on its own: another binding's keys text names its key (“p l a e”).
  case covered

  public static func < (a: KeyPriority, b: KeyPriority) -> Bool { a.rawValue < b.rawValue }
}

/// A binding as the status bar and the help overlay see it, whatever its screen's actions.
public struct KeyHint: Equatable, Sendable {
  public var id: String
  public var keys: String
  public var label: String
  public var priority: KeyPriority
  public var refusal: String?
  public var isListMove = false
  /// The keys themselves (`keys` is how they are written).
  public var boundKeys: [Key] = []

  public var isEnabled: Bool { refusal == nil }
  var text: String { keys + " " + label }
}
