/// A role in a meeting that rotates among the members, so the group learns to run itself
/// (and is ready for an internal coach in phase 5).
public enum MeetingRole: String, CaseIterable, Sendable {
  case chair
  case timekeeper
  case minuteTaker = "minute-taker"

  public var label: LocalizedText {
    switch self {
    case .chair: LocalizedText(nl: "voorzitter", en: "chair")
    case .timekeeper: LocalizedText(nl: "tijdsbewaker", en: "timekeeper")
    case .minuteTaker: LocalizedText(nl: "verslaggever", en: "minute-taker")
    }
  }
}
