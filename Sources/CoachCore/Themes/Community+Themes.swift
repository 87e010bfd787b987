import Foundation

extension Community {
  /// Adds a theme: a title (unique in the community, case ignored) and members of this
  /// community, each once.
  @discardableResult
  public mutating func addTheme(
    title: String, description: String = "", members: [UUID] = [], id: UUID = UUID()
  ) throws -> WorkTheme {
    let clean = TextCleaning.line(title)
    guard !clean.isEmpty else { throw CoachError.emptyThemeTitle }
    if themes.contains(where: { $0.title.caseInsensitiveCompare(clean) == .orderedSame }) {
      throw CoachError.duplicateTheme(clean)
    }
    if let stranger = members.first(where: { member(withID: $0) == nil }) {
      throw CoachError.unknownMember(stranger.uuidString, community: name)
    }
    var seen = Set<UUID>()
    let theme = WorkTheme(
      id: id, title: clean, description: TextCleaning.multiline(description),
      members: members.filter { seen.insert($0).inserted })
    themes.append(theme)
    return theme
  }

  /// The 4–6 advice for a theme, counting the teachers on it who still take part.
  public func sizeAdvice(of theme: WorkTheme) -> WorkTheme.SizeAdvice? {
    WorkTheme.sizeAdvice(
      forTeachers: theme.members.filter { member(withID: $0)?.isActive == true }.count)
  }

  /// The themes a member works on, in the community's order.
  public func themes(of member: UUID) -> [WorkTheme] {
    themes.filter { $0.members.contains(member) }
  }
}
