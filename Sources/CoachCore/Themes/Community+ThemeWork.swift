import Foundation

/// Changing a theme after it was chosen: its values, its subgroups, what it made and its
/// moments. Every text is cleaned and every member checked, as when the theme was added.
extension Community {
  /// Changes a theme's title, description, members and status. Members taken off the theme
  /// leave its subgroups too.
  public mutating func updateTheme(
    id: UUID, title: String, description: String, members: [UUID], status: WorkTheme.Status
  ) throws {
    guard let index = themes.firstIndex(where: { $0.id == id }) else {
      throw CoachError.unknownTheme(id.uuidString)
    }
    let clean = TextCleaning.line(title)
    guard !clean.isEmpty else { throw CoachError.emptyThemeTitle }
    if themes.contains(where: {
      $0.id != id && $0.title.caseInsensitiveCompare(clean) == .orderedSame
    }) {
      throw CoachError.duplicateTheme(clean)
    }
    let kept = try checkedMembers(members)
    var theme = themes[index]
    theme.title = clean
    theme.description = TextCleaning.multiline(description)
    theme.members = kept
    theme.status = status
    for group in theme.subgroups.indices {
      theme.subgroups[group].members.removeAll { !kept.contains($0) }
    }
    themes[index] = theme
  }

  public mutating func removeTheme(id: UUID) {
    themes.removeAll { $0.id == id }
  }

  /// Records what a theme made; `triedInClassOn` may not be before `madeOn`.
  @discardableResult
  public mutating func addOutput(
    toTheme themeID: UUID, title: String, madeOn: CalendarDay,
    triedInClassOn: CalendarDay? = nil, note: String = "", id: UUID = UUID()
  ) throws -> ThemeOutput {
    let clean = TextCleaning.line(title)
    guard !clean.isEmpty else { throw CoachError.emptyOutputTitle }
    if let tried = triedInClassOn, tried < madeOn { throw CoachError.triedBeforeMade(made: madeOn) }
    let output = ThemeOutput(
      id: id, title: clean, madeOn: madeOn, triedInClassOn: triedInClassOn,
      note: TextCleaning.multiline(note))
    try changeTheme(themeID) { $0.outputs.append(output) }
    return output
  }

  /// Records an exchange or showcase moment of a theme.
  @discardableResult
  public mutating func addMoment(
    toTheme themeID: UUID, kind: ThemeMoment.Kind, day: CalendarDay, note: String = "",
    id: UUID = UUID()
  ) throws -> ThemeMoment {
    let moment = ThemeMoment(id: id, kind: kind, day: day, note: TextCleaning.multiline(note))
    try changeTheme(themeID) { $0.moments.append(moment) }
    return moment
  }

  /// Adds a subgroup of the theme; its members join the theme if they were not on it yet.
  @discardableResult
  public mutating func addSubgroup(
    toTheme themeID: UUID, name: String, members: [UUID], id: UUID = UUID()
  ) throws -> ThemeSubgroup {
    let clean = TextCleaning.line(name)
    guard !clean.isEmpty else { throw CoachError.emptySubgroupName }
    let kept = try checkedMembers(members)
    let group = ThemeSubgroup(id: id, name: clean, members: kept)
    try changeTheme(themeID) { theme in
      if theme.subgroups.contains(where: { $0.name.caseInsensitiveCompare(clean) == .orderedSame })
      {
        throw CoachError.duplicateSubgroup(clean)
      }
      theme.subgroups.append(group)
      for member in kept where !theme.members.contains(member) { theme.members.append(member) }
    }
    return group
  }

  /// Corrects an output with the rules of adding one.
  public mutating func updateOutput(
    _ outputID: UUID, ofTheme themeID: UUID, title: String, madeOn: CalendarDay,
    triedInClassOn: CalendarDay?, note: String
  ) throws {
    let clean = TextCleaning.line(title)
    guard !clean.isEmpty else { throw CoachError.emptyOutputTitle }
    if let tried = triedInClassOn, tried < madeOn { throw CoachError.triedBeforeMade(made: madeOn) }
    try changeTheme(themeID) { theme in
      guard let index = theme.outputs.firstIndex(where: { $0.id == outputID }) else { return }
      theme.outputs[index] = ThemeOutput(
        id: outputID, title: clean, madeOn: madeOn, triedInClassOn: triedInClassOn,
        note: TextCleaning.multiline(note))
    }
  }

  /// Corrects an exchange or showcase moment.
  public mutating func updateMoment(
    _ momentID: UUID, ofTheme themeID: UUID, kind: ThemeMoment.Kind, day: CalendarDay,
    note: String
  ) throws {
    try changeTheme(themeID) { theme in
      guard let index = theme.moments.firstIndex(where: { $0.id == momentID }) else { return }
      theme.moments[index] = ThemeMoment(
        id: momentID, kind: kind, day: day, note: TextCleaning.multiline(note))
    }
  }

  /// Renames a subgroup or changes who is in it (they join the theme if not on it yet).
  public mutating func updateSubgroup(
    _ groupID: UUID, ofTheme themeID: UUID, name: String, members: [UUID]
  ) throws {
    let clean = TextCleaning.line(name)
    guard !clean.isEmpty else { throw CoachError.emptySubgroupName }
    let kept = try checkedMembers(members)
    try changeTheme(themeID) { theme in
      if theme.subgroups.contains(where: {
        $0.id != groupID && $0.name.caseInsensitiveCompare(clean) == .orderedSame
      }) {
        throw CoachError.duplicateSubgroup(clean)
      }
      guard let index = theme.subgroups.firstIndex(where: { $0.id == groupID }) else { return }
      theme.subgroups[index] = ThemeSubgroup(id: groupID, name: clean, members: kept)
      for member in kept where !theme.members.contains(member) { theme.members.append(member) }
    }
  }

  /// Removes an output, a moment or a subgroup of a theme, by its id.
  public mutating func removeThemeItem(_ itemID: UUID, ofTheme themeID: UUID) throws {
    try changeTheme(themeID) { theme in
      theme.outputs.removeAll { $0.id == itemID }
      theme.moments.removeAll { $0.id == itemID }
      theme.subgroups.removeAll { $0.id == itemID }
    }
  }

  /// Names the member who coaches the group from within (phase 5), or nobody.
  public mutating func setInternalCoach(_ id: UUID?) throws {
    guard let id else {
      internalCoach = nil
      return
    }
    guard let member = member(withID: id) else {
      throw CoachError.unknownMember(id.uuidString, community: name)
    }
    guard member.isActive else { throw CoachError.stoppedMemberAsInternalCoach(member.name) }
    internalCoach = id
  }

  private mutating func changeTheme(_ id: UUID, _ body: (inout WorkTheme) throws -> Void) throws {
    guard let index = themes.firstIndex(where: { $0.id == id }) else {
      throw CoachError.unknownTheme(id.uuidString)
    }
    try body(&themes[index])
  }

  /// Members of this community, each once; a stranger is refused.
  private func checkedMembers(_ members: [UUID]) throws -> [UUID] {
    if let stranger = members.first(where: { member(withID: $0) == nil }) {
      throw CoachError.unknownMember(stranger.uuidString, community: name)
    }
    var seen = Set<UUID>()
    return members.filter { seen.insert($0).inserted }
  }
}
