/// The agenda of the minutes: a level-2 heading per item that has notes or decisions, with
/// who led it; the items without either in one short list after them, so a reader never
/// meets an empty heading.
extension MinutesContext {
  var agenda: [String] {
    guard !meeting.agenda.isEmpty else { return [section(words.agenda), words.noAgenda] }
    let numbered = meeting.agenda.enumerated().map { (number: $0.offset + 1, item: $0.element) }
    let full = numbered.filter { hasContent($0.item) }
    let short = numbered.filter { !hasContent($0.item) }
    var blocks = full.flatMap { itemBlocks($0.item, number: $0.number) }
    if !short.isEmpty {
      blocks.append(section(full.isEmpty ? words.agenda : words.otherItems))
      blocks.append(
        short.map { "- " + shortLine($0.item, number: $0.number) }.joined(separator: "\n"))
    }
    return blocks
  }

  /// The agenda of a meeting not run yet: every item in order, with its minutes and who
  /// brings it.
  var plannedAgenda: [String] {
    guard !meeting.agenda.isEmpty else { return [section(words.agenda), words.noAgenda] }
    let lines = meeting.agenda.enumerated().map {
      "- " + shortLine($0.element, number: $0.offset + 1)
    }
    return [section(words.agenda), lines.joined(separator: "\n")]
  }

  private func hasContent(_ item: AgendaItem) -> Bool {
    !MarkdownEscaping.paragraphs(item.notes).isEmpty || !decisions(item).isEmpty
  }

  private func decisions(_ item: AgendaItem) -> [String] {
    item.decisions.map { MarkdownEscaping.lineBreaks($0, indent: "  ") }.filter { !$0.isEmpty }
  }

  /// "3. Critical discussion (45′)": the heading's text, and the short list's.
  private func titleLine(_ item: AgendaItem, number: Int) -> String {
    let title = MarkdownEscaping.heading(item.title)
    return "\(number). " + (title.isEmpty ? ExportStrings.missing : title)
      + " (\(item.plannedMinutes)′)"
  }

  /// "1 · Opening (5′) — Élise Dubois": no "1." at the start, which would open a new list.
  private func shortLine(_ item: AgendaItem, number: Int) -> String {
    let title = MarkdownEscaping.inline(item.title)
    let presenter = MarkdownEscaping.inline(item.presenter)
    return "\(number) · " + (title.isEmpty ? ExportStrings.missing : title)
      + " (\(item.plannedMinutes)′)" + (presenter.isEmpty ? "" : " — " + presenter)
  }

  private func itemBlocks(_ item: AgendaItem, number: Int) -> [String] {
    var blocks = ["## " + titleLine(item, number: number)]
    let presenter = MarkdownEscaping.inline(item.presenter)
    if !presenter.isEmpty {
      blocks.append("**" + MarkdownEscaping.inline(words.ledBy) + ":** " + presenter)
    }
    let notes = MarkdownEscaping.paragraphs(item.notes)
    if !notes.isEmpty { blocks.append(notes) }
    let decisions = decisions(item)
    if !decisions.isEmpty {
      blocks.append("**" + MarkdownEscaping.inline(words.decisions) + ":**")
      blocks.append(decisions.map { "- " + $0 }.joined(separator: "\n"))
    }
    return blocks
  }
}
