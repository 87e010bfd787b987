/// The five phases a VLG goes through with its process coach (see DOMAIN.md).
public enum Phase: Int, CaseIterable, Codable, Comparable, Sendable {
  case engageSchoolLeaders = 1
  case motivateTeachers = 2
  case chooseThemes = 3
  case discussAndDevelop = 4
  case stableWithOutput = 5

  public var number: Int { rawValue }

  public init?(number: Int) {
    self.init(rawValue: number)
  }

  public var next: Phase? { Phase(rawValue: rawValue + 1) }
  public var previous: Phase? { Phase(rawValue: rawValue - 1) }

  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
}
