/// The agenda of the minutes: one level-2 heading per item, with who led it, the notes and
/// the decisions.
extension MinutesContext {
  var agenda: [String] {
    guard !meeting.agenda.isEmpty else { return [section(words.agenda), words.noAgenda] }
    return meeting.agenda.enumerated().flatMap { index, item in
      itemBlocks(item, number: index + 1)
    }
  }

  private func itemBlocks(_ item: AgendaItem, number: Int) -> [String] {
    let title = MarkdownEscaping.heading(item.title)
    var blocks = [
      "## \(number). " + (title.isEmpty ? ExportStrings.missing : title)
        + " (\(item.plannedMinutes)′)"
    ]
    let presenter = MarkdownEscaping.inline(item.presenter)
    if !presenter.isEmpty {
      blocks.append("**" + MarkdownEscaping.inline(words.ledBy) + ":** " + presenter)
    }
    let notes = MarkdownEscaping.paragraphs(item.notes)
    if !notes.isEmpty { blocks.append(notes) }
    let decisions = item.decisions.map { MarkdownEscaping.lineBreaks($0, indent: "  ") }
      .filter { !$0.isEmpty }
    if !decisions.isEmpty {
      blocks.append("**" + MarkdownEscaping.inline(words.decisions) + ":**")
      blocks.append(decisions.map { "- " + $0 }.joined(separator: "\n"))
    }
    return blocks
  }
}
