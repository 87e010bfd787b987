/// The themes in the dossier: a heading per theme with its status, who works on it (with
/// the 4–6 advice) and its description. One function per part, so a theme's later facts
/// (subgroups, outputs, moments) are a function and a line in `themeBlocks`.
extension CommunityDossierContext {
  var themes: [String] {
    guard !community.themes.isEmpty else {
      return [DocumentBlocks.section(document.themes), MarkdownEscaping.inline(document.noThemes)]
    }
    return [DocumentBlocks.section(document.themes)] + community.themes.flatMap(themeBlocks)
  }

  func themeBlocks(_ theme: WorkTheme) -> [String] {
    let work = ThemeWorkBlocks(community: community, language: language, words: words)
    var blocks =
      [DocumentBlocks.subsection(theme.title), themeFacts(theme)]
      + themeDescription(theme)
    if let outputs = work.outputs(theme) { blocks += [work.outputHeading, outputs] }
    if let moments = work.moments(theme) { blocks += [work.momentsHeading, moments] }
    return blocks
  }

  func themeFacts(_ theme: WorkTheme) -> String {
    var facts = [
      DocumentBlocks.fact(words.status, theme.status.label(language)),
      DocumentBlocks.fact(
        words.who, MarkdownEscaping.inline(DocumentBlocks.names(theme.members, in: community))),
    ]
    if let advice = community.sizeAdvice(of: theme) {
      facts.append(
        DocumentBlocks.fact(document.advice, MarkdownEscaping.inline(advice.message(language))))
    }
    facts += ThemeWorkBlocks(community: community, language: language, words: words).facts(theme)
    return facts.joined(separator: "\n")
  }

  func themeDescription(_ theme: WorkTheme) -> [String] {
    let text = MarkdownEscaping.paragraphs(theme.description)
    return text.isEmpty ? [] : [text]
  }
}
