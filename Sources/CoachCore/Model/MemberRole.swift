/// What a member is in the community. The raw values are the command line's words.
public enum MemberRole: String, CaseIterable, Codable, Sendable {
  case teacher
  case schoolLeader = "leader"
  case pedagogicalAdviser = "adviser"
  case coach

  public var label: LocalizedText {
    switch self {
    case .teacher: LocalizedText(nl: "leraar", en: "teacher")
    case .schoolLeader: LocalizedText(nl: "schoolleider", en: "school leader")
    case .pedagogicalAdviser: LocalizedText(nl: "pedagogisch begeleider", en: "pedagogical adviser")
    case .coach: LocalizedText(nl: "procescoach", en: "process coach")
    }
  }
}
