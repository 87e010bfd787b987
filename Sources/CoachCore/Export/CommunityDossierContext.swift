import Foundation

/// What the dossier shows of the community itself (a `Community`, never a notebook: the
/// private notes are a section apart, see `PrivateNotesSection`). Each section is a list of
/// Markdown blocks.
struct CommunityDossierContext {
  let community: Community
  let language: Language
  let words: ExportStrings
  let document: DocumentStrings
  let today: CalendarDay

  init(community: Community, language: Language, today: CalendarDay) {
    self.community = community
    self.language = language
    self.words = ExportStrings.of(language)
    self.document = DocumentStrings.of(language)
    self.today = today
  }

  var title: String { DocumentBlocks.title(community, document.dossierTitle) }

  var facts: String {
    ([
      DocumentBlocks.fact(document.subject, MarkdownEscaping.inline(community.subject)),
      DocumentBlocks.fact(
        document.schools, community.allSchools.map(MarkdownEscaping.inline).joined(separator: ", ")),
      DocumentBlocks.fact(words.phase, DocumentBlocks.phase(community, language, words, document)),
    ] + MeetingProgress(community, today: today).facts(words, document) + [
      DocumentBlocks.fact(document.madeOn, words.day(today))
    ]).joined(separator: "\n")
  }

  /// Every move, forwards or back, with its day and note.
  var phaseHistory: [String] {
    let rows = community.phaseHistory.map { change in
      [
        "\(change.phase.number) — " + change.phase.guide.title(language), words.day(change.day),
        change.note,
      ]
    }
    return [
      DocumentBlocks.section(document.phaseHistory),
      MarkdownTable.render(
        header: [
          words.phase, document.since.prefix(1).uppercased() + document.since.dropFirst(),
          words.note,
        ], rows: rows),
    ]
  }
}
