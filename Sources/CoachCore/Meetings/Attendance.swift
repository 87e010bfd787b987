/// Whether a member was at a meeting. Not recorded yet is simply absent from the map.
public enum Attendance: String, CaseIterable, Codable, Sendable {
  case present
  case absent
  case excused
  case late

  /// Counts as being there, for attendance rates.
  public var attended: Bool { self == .present || self == .late }

  public var label: LocalizedText {
    switch self {
    case .present: LocalizedText(nl: "aanwezig", en: "present")
    case .absent: LocalizedText(nl: "afwezig", en: "absent")
    case .excused: LocalizedText(nl: "verontschuldigd", en: "excused")
    case .late: LocalizedText(nl: "te laat", en: "late")
    }
  }
}
