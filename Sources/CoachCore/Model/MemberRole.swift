/// What a member is in the community. The raw values are the command line's words.
public enum MemberRole: String, CaseIterable, Codable, Sendable {
  case teacher
  case schoolLeader = "leader"
  case pedagogicalAdviser = "adviser"
  case coach

  /// A role as a person types it: the command line's word or the label in either language
  /// (“leraar”, “School leader”), case ignored.
  public init?(word: String) {
    let folded = word.trimmingCharacters(in: .whitespaces).lowercased()
    guard
      let role = Self.allCases.first(where: {
        $0.rawValue == folded || $0.label.nl == folded || $0.label.en == folded
      })
    else { return nil }
    self = role
  }

  public var label: LocalizedText {
    switch self {
    case .teacher: LocalizedText(nl: "leraar", en: "teacher")
    case .schoolLeader: LocalizedText(nl: "schoolleider", en: "school leader")
    case .pedagogicalAdviser: LocalizedText(nl: "pedagogisch begeleider", en: "pedagogical adviser")
    case .coach: LocalizedText(nl: "procescoach", en: "process coach")
    }
  }
}
