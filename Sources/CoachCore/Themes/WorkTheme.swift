import Foundation

/// A theme the teachers work on together (a *thema*; named so apart from colour themes) (phase 3 on): who is on it and how far it is.
public struct WorkTheme: Equatable, Identifiable, Sendable {
  public enum Status: String, CaseIterable, Sendable {
    case chosen
    case inProgress = "in-progress"
    case outputReady = "output-ready"

    public var label: LocalizedText {
      switch self {
      case .chosen: LocalizedText(nl: "gekozen", en: "chosen")
      case .inProgress: LocalizedText(nl: "bezig", en: "in progress")
      case .outputReady: LocalizedText(nl: "output klaar", en: "output ready")
      }
    }
  }

  /// What DOMAIN.md advises: 4–6 teachers on a theme.
  public static let advisedSize = 4...6

  public let id: UUID
  public var title: String
  public var description: String
  /// The members who work on it.
  public var members: [UUID]
  public var status: Status
  /// Groups within the theme's teachers, when there are more than can work as one.
  public var subgroups: [ThemeSubgroup]
  /// What was made and tried in class, in the order it was recorded.
  public var outputs: [ThemeOutput]
  /// Exchange and showcase moments.
  public var moments: [ThemeMoment]

  public init(
    id: UUID = UUID(), title: String, description: String = "", members: [UUID] = [],
    status: Status = .chosen, subgroups: [ThemeSubgroup] = [], outputs: [ThemeOutput] = [],
    moments: [ThemeMoment] = []
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.members = members
    self.status = status
    self.subgroups = subgroups
    self.outputs = outputs
    self.moments = moments
  }

  /// The moments in time order.
  public var timeline: [ThemeMoment] { moments.sorted { $0.day < $1.day } }

  public var showcases: [ThemeMoment] { timeline.filter { $0.kind == .showcase } }

  /// How a number of teachers compares with the advice; nil within it. A community counts
  /// only the members still taking part (`Community.sizeAdvice(of:)`).
  public static func sizeAdvice(forTeachers count: Int) -> SizeAdvice? {
    if count < advisedSize.lowerBound { return .tooFew(count) }
    if count > advisedSize.upperBound { return .tooMany(count) }
    return nil
  }

  public enum SizeAdvice: Equatable, Sendable {
    case tooFew(Int)
    case tooMany(Int)

    public func message(_ language: Language) -> String {
      let nl = language == .nl
      switch self {
      case .tooFew(let count):
        return nl
          ? "\(count) op dit thema; 4 tot 6 leraren werkt het best."
          : "\(count) on this theme; 4 to 6 teachers works best."
      case .tooMany(let count):
        return nl
          ? "\(count) op dit thema; boven 6 splits je beter in deelgroepen."
          : "\(count) on this theme; above 6, better split into subgroups."
      }
    }
  }
}
