/// The two languages of the program: every text a coach or a teacher reads exists in both.
public enum Language: String, CaseIterable, Codable, Sendable {
  case nl
  case en

  /// Picks the language from the POSIX locale variables, the way `setlocale` would:
  /// LC_ALL wins over LC_MESSAGES, which wins over LANG. Dutch for any `nl*`, else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        return value.lowercased().hasPrefix("nl") ? .nl : .en
      }
    }
    return .en
  }
}

/// A short text in both UI languages.
public struct LocalizedText: Equatable, Sendable {
  public let nl: String
  public let en: String

  public init(nl: String, en: String) {
    self.nl = nl
    self.en = en
  }

  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .nl: nl
    case .en: en
    }
  }
}
