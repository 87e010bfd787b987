import Foundation

/// The coach's group-dynamics notes in the dossier and the hand-over: only there, and only
/// when the caller handed over a `CoachNotebook`. The document then says so first, under
/// its title (`warning`), so nobody passes it on by mistake.
struct PrivateNotesSection {
  let notebook: CoachNotebook
  let community: Community
  let language: Language
  let words: ExportStrings
  let document: DocumentStrings

  /// The notebook, when it is this community's; nil otherwise (a notebook of another
  /// community is never shown).
  init?(
    _ notebook: CoachNotebook?, community: Community, language: Language,
    words: ExportStrings, document: DocumentStrings
  ) {
    guard let notebook, notebook.communityID == community.id else { return nil }
    self.notebook = notebook
    self.community = community
    self.language = language
    self.words = words
    self.document = document
  }

  /// A document of `title` and `body`, with the notes when `notebook` is this community's:
  /// the warning right under the title, the notes at the end. The one place that decides
  /// where private notes go, for the dossier and the hand-over alike.
  static func document(
    title: String, body: [String], notebook: CoachNotebook?, community: Community,
    language: Language, words: ExportStrings, document: DocumentStrings
  ) -> String {
    let notes = PrivateNotesSection(
      notebook, community: community, language: language, words: words, document: document)
    var blocks = [title]
    if let notes { blocks.append(notes.warning) }
    blocks += body
    if let notes { blocks += notes.blocks }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// The sentence right under the title: bold, its own paragraph.
  var warning: String { "**" + MarkdownEscaping.inline(document.privateWarning) + "**" }

  /// The notes in time order: day, about whom, tags, the meeting, the text.
  var blocks: [String] {
    let rows = notebook.timeline.map { note in
      [
        words.day(note.day),
        note.about.isEmpty ? document.wholeGroup : DocumentBlocks.names(note.about, in: community),
        note.tags.map { $0.label(language) }.joined(separator: ", "),
        note.meetingID.flatMap { community.meetingNumber($0) }.map { "\($0)" } ?? "",
        note.text,
      ]
    }
    let meeting = words.meeting.prefix(1).uppercased() + words.meeting.dropFirst()
    let header = [words.date, document.about, document.tags, meeting, words.note]
    return [
      DocumentBlocks.section(document.privateNotes),
      DocumentBlocks.table(header: header, rows: rows, empty: document.noPrivateNotes),
    ]
  }
}
