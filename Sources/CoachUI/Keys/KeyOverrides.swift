/// Other keys for some actions, from the config file (for keyboards where the defaults
/// sit badly): the action's id, e.g. "live.next", and its keys.
public struct KeyOverrides: Equatable, Sendable {
  public var keys: [String: [Key]]

  public init(_ keys: [String: [Key]] = [:]) {
    self.keys = keys
  }

  public var isEmpty: Bool { keys.isEmpty }
}
