/// A screen's bindings in the order the status bar shows them.
public struct KeyTable<Action: Sendable>: Sendable {
  public var bindings: [KeyBinding<Action>]

  /// A key bound twice belongs to the first binding; the later one loses it (and is left
  /// out when it has no key left), so what is shown is what a key does.
  public init(_ bindings: [KeyBinding<Action>]) {
    var taken: Set<Key> = []
    var kept: [KeyBinding<Action>] = []
    for var binding in bindings {
      let free = binding.keys.filter { !taken.contains($0) }
      if free.isEmpty { continue }
      if free.count < binding.keys.count { binding.shadowed(keeping: free) }
      taken.formUnion(free)
      kept.append(binding)
    }
    self.bindings = kept
  }

  public enum Match {
    case action(Action)
    /// The key is bound, but its action cannot be done now: say why.
    case refused(String)
    case unbound
  }

  public func match(_ key: Key) -> Match {
    guard let binding = bindings.first(where: { $0.keys.contains(key) }) else { return .unbound }
    if let refusal = binding.refusal { return .refused(refusal) }
    return .action(binding.action)
  }

  public var hints: [KeyHint] { bindings.map(\.hint) }

  /// The keys the config file gives some actions instead of their own.
  func applying(_ overrides: KeyOverrides) -> KeyTable {
    guard !overrides.isEmpty else { return self }
    var table = self
    for index in table.bindings.indices {
      if let keys = overrides.keys[table.bindings[index].id] {
        table.bindings[index].keys = keys
      }
    }
    return KeyTable(table.bindings)
  }

  /// Refuses the bindings that change the store while it is read-only.
  func refusingEdits(_ ids: Set<String>, because reason: String?) -> KeyTable {
    guard let reason else { return self }
    var table = self
    for index in table.bindings.indices where ids.contains(table.bindings[index].id) {
      table.bindings[index].refusal = table.bindings[index].refusal ?? reason
    }
    return table
  }

  static func + (a: KeyTable, b: KeyTable) -> KeyTable { KeyTable(a.bindings + b.bindings) }
}
