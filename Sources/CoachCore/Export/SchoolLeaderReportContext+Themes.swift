/// The themes in the school-leader report: one row per theme (title, status, who, the 4–6
/// advice), and the results. One function per column or part, so a theme's later facts
/// (subgroups, outputs, showcases) are a column or a line more.
extension SchoolLeaderReportContext {
  var themes: [String] {
    let rows = community.themes.map(themeRow)
    return [
      DocumentBlocks.section(document.themes),
      DocumentBlocks.table(header: themeHeader, rows: rows, empty: document.noThemes),
    ]
  }

  /// For one school, a column more: which of its teachers are on the theme.
  var themeHeader: [String] {
    [document.theme, words.status, words.who] + (school == nil ? [] : [document.fromSchool])
      + [document.advice]
  }

  func themeRow(_ theme: WorkTheme) -> [String] {
    [theme.title, theme.status.label(language), DocumentBlocks.names(theme.members, in: community)]
      + (school == nil ? [] : [teachersOfSchool(on: theme)])
      + [community.sizeAdvice(of: theme)?.message(language) ?? ""]
  }

  /// The school's teachers on the theme, or "—".
  func teachersOfSchool(on theme: WorkTheme) -> String {
    let ids = Set(teachers.map(\.id))
    return DocumentBlocks.names(theme.members.filter(ids.contains), in: community)
  }

  /// The themes with output ready, and how many of the teachers' agreements were done.
  var results: [String] {
    let rows = AgreementRows(community: community, language: language, words: words, today: today)
    let owned = agreementsOfTeachers
    let ready = community.themes.filter { $0.status == .outputReady }
    return [
      DocumentBlocks.section(document.results),
      DocumentBlocks.subsection(document.themesReady),
      ready.isEmpty
        ? MarkdownEscaping.inline(document.noThemesReady)
        : ready.map { "- " + resultLine($0) }.joined(separator: "\n"),
      MarkdownEscaping.inline(
        document.agreementsDoneCount(rows.done(owned).count, owned.count)),
    ] + madeAndShown
  }

  /// What the themes made and the showcase moments school leaders are invited to.
  var madeAndShown: [String] {
    let work = ThemeWorkBlocks(community: community, language: language, words: words)
    var blocks: [String] = []
    let outputs = community.themes.flatMap { theme in
      theme.outputs.map { work.outputLine($0) + " (" + MarkdownEscaping.inline(theme.title) + ")" }
    }
    if !outputs.isEmpty {
      blocks += [DocumentBlocks.subsection(work.outputsHeading), outputs.joined(separator: "\n")]
    }
    let showcases = community.themes.compactMap { work.moments($0, only: .showcase) }
    if !showcases.isEmpty {
      blocks += [
        DocumentBlocks.subsection(work.showcasesHeading), showcases.joined(separator: "\n"),
      ]
    }
    return blocks
  }

  /// "Title — who".
  func resultLine(_ theme: WorkTheme) -> String {
    MarkdownEscaping.inline(theme.title) + " — "
      + MarkdownEscaping.inline(DocumentBlocks.names(theme.members, in: community))
  }
}
