/// The members in the dossier: school, role, whether they take part, the day they stated
/// their commitment, their attendance and their themes. One function per column group, so
/// a member's later facts are a cell more.
extension CommunityDossierContext {
  var members: [String] {
    let sorted = community.members.sorted { NameOrder.ascending($0.name, $1.name) }
    return [
      DocumentBlocks.section(document.members),
      DocumentBlocks.table(
        header: memberHeader, rows: sorted.map(memberRow), empty: words.noMembers),
    ]
  }

  var memberHeader: [String] {
    [
      words.name, words.school, document.role, document.participation, document.committedOn,
      document.rate, document.themes,
    ]
  }

  func memberRow(_ member: Member) -> [String] {
    [
      member.name, member.school, role(member), participation(member),
      member.committedOn.map(words.day) ?? "",
      community.attendanceRecord(of: member.id, today: today).attendancePercent.map { "\($0)%" }
        ?? ExportStrings.missing,
      community.themes(of: member.id).map(\.title).joined(separator: ", "),
    ]
  }

  /// "gestopt (sinds 3 november 2026): andere opdracht".
  func participation(_ member: Member) -> String {
    member.participation.label(language)
      + (member.participationSince.map { " (" + document.since + " " + words.day($0) + ")" } ?? "")
      + (member.participationReason.isEmpty
        ? "" : ": " + member.participationReason.replacingOccurrences(of: "\n", with: " "))
  }

  /// "leraar, interne coach".
  func role(_ member: Member) -> String {
    let work = ThemeWorkBlocks(community: community, language: language, words: words)
    return member.role.label(language)
      + (community.internalCoach == member.id ? ", " + work.internalCoach.lowercased() : "")
  }
}
