import CoachCore
import Foundation

/// How the command line names a theme inside a community.
extension Community {
  /// The theme a command-line reference names: its title, a unique prefix of it or of one
  /// of its words, or its id (the rules that find a community or a member), or the error
  /// that names the community's themes.
  func theme(reference: String) throws -> WorkTheme {
    switch NameLookup.find(reference, in: themes, id: \.id, name: \.title) {
    case .found(let theme): return theme
    case .none:
      throw ThemeCommandError.unknownTheme(reference, community: name, themes: themes.map(\.title))
    case .ambiguous(let matches):
      throw ThemeCommandError.ambiguousTheme(reference, candidates: matches.map(\.title))
    }
  }

  /// The members named `A,B` (an option may also be repeated), each resolved as a member.
  func members(named values: [String]) throws -> [Member] {
    try CommandInput.names(values).map { try resolveMember($0) }
  }
}

extension CommandInput {
  /// `chosen`, `in-progress` or `output-ready` (`in progress` too).
  static func themeStatus(_ text: String) throws -> WorkTheme.Status {
    let word = TextCleaning.line(text).lowercased().replacingOccurrences(of: " ", with: "-")
    guard let status = WorkTheme.Status(rawValue: word) else {
      throw ThemeCommandError.unknownStatus(text)
    }
    return status
  }
}
