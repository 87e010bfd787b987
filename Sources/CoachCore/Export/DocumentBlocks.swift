import Foundation

/// Markdown pieces the report, the dossier and the hand-over share. Labels are the
/// program's words; every value a person typed is escaped here or in `MarkdownTable`.
enum DocumentBlocks {
  /// "# VLG Handel Kempen — dossier".
  static func title(_ community: Community, _ what: String) -> String {
    "# " + MarkdownEscaping.heading(community.name) + " — " + MarkdownEscaping.heading(what)
  }

  static func section(_ title: String) -> String { "## " + MarkdownEscaping.heading(title) }

  static func subsection(_ title: String) -> String { "### " + MarkdownEscaping.heading(title) }

  /// "- **Label:** value": `value` is Markdown already (escaped by the caller).
  static func fact(_ label: String, _ value: String) -> String {
    "- **" + MarkdownEscaping.inline(label) + ":** "
      + (value.isEmpty ? ExportStrings.missing : value)
  }

  /// A list of sentences the program wrote (no user text).
  static func list(_ lines: [String]) -> String {
    lines.map { "- " + MarkdownEscaping.inline($0) }.joined(separator: "\n")
  }

  /// "4 — Leren discussiëren en uitwerken in groep, sinds 1 september 2026".
  static func phase(
    _ community: Community, _ language: Language, _ words: ExportStrings,
    _ document: DocumentStrings
  ) -> String {
    let phase = community.phase
    let since = community.phaseSince.map { ", " + document.since + " " + words.day($0) } ?? ""
    return "\(phase.number) — " + MarkdownEscaping.inline(phase.guide.title(language)) + since
  }

  /// The names of members, in the order given, for a table cell (escaped by the table).
  static func names(_ ids: [UUID], in community: Community) -> String {
    let names = community.memberNames(ids)
    return names.isEmpty ? ExportStrings.missing : names.joined(separator: ", ")
  }

  /// A table, or the sentence that says it is empty.
  static func table(header: [String], rows: [[String]], empty: String) -> String {
    rows.isEmpty ? MarkdownEscaping.inline(empty) : MarkdownTable.render(header: header, rows: rows)
  }
}

/// Where a community stands on a day: the meetings held and the next one. Held: its day
/// has come and it is not still to come (a meeting today counts once it started or its
/// attendance was taken).
struct MeetingProgress {
  let held: [Meeting]
  let next: Meeting?

  init(_ community: Community, today: CalendarDay) {
    let ordered = community.meetingsInOrder
    held = ordered.filter {
      !$0.isStillToCome(today: today) && ($0.isHeld(by: today) || $0.hasStarted)
    }
    next = ordered.first { $0.isStillToCome(today: today) }
  }

  /// "3" and "8 januari 2027" (or "nog niet gepland"), as facts.
  func facts(_ words: ExportStrings, _ document: DocumentStrings) -> [String] {
    [
      DocumentBlocks.fact(document.meetingsHeld, "\(held.count)"),
      DocumentBlocks.fact(
        document.nextMeeting, next.map { words.day($0.day) } ?? document.notPlanned),
    ]
  }
}
