/// Whether a member still takes part. The research saw members stop, or take part
/// differently (less often, for one theme only); both are kept, never deleted.
public enum Participation: String, CaseIterable, Codable, Sendable {
  case active
  case different
  case stopped

  public var label: LocalizedText {
    switch self {
    case .active: LocalizedText(nl: "actief", en: "active")
    case .different: LocalizedText(nl: "neemt anders deel", en: "takes part differently")
    case .stopped: LocalizedText(nl: "gestopt", en: "stopped")
    }
  }
}
