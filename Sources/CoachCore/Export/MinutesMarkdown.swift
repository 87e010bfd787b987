import Foundation

/// The minutes (verslag) of a meeting as Markdown: CommonMark with GitHub tables, in the UI
/// language. Every text a person typed is escaped (see `MarkdownEscaping`), so names and
/// notes can never break the document's structure.
public enum MinutesMarkdown {
  /// The minutes of `meeting`: heading, place, time and phase, attendance, the agenda with
  /// notes and decisions, the follow-up of earlier agreements (and those closed since the
  /// previous meeting), the agreements made, and the meeting's notes.
  ///
  /// A held meeting's minutes use only what was recorded up to and in that meeting, so they
  /// never change afterwards: later meetings, follow-ups and agreements leave them
  /// byte-identical. `today` matters only for a meeting still to come, whose export is its
  /// agenda (see `Meeting.isStillToCome`).
  public static func render(
    _ community: Community, meeting id: UUID, language: Language, today: CalendarDay
  ) -> String {
    let words = ExportStrings.of(language)
    guard let meeting = community.meeting(withID: id) else {
      return "# " + MarkdownEscaping.heading(community.name) + "\n\n" + words.unknownMeeting + "\n"
    }
    let context = MinutesContext(
      community: community, meeting: meeting, language: language, words: words,
      today: today)
    // A meeting not run yet has no minutes: its agenda, said so at the top, is what a
    // coach sends round before it.
    let blocks =
      meeting.isStillToCome(today: today)
      ? [context.agendaTitle, words.agendaOnly, context.facts] + context.plannedAgenda
        + context.review
      : [context.title, context.facts] + context.attendance + context.agenda + context.review
        + context.agreementsMade + context.notes
    return blocks.joined(separator: "\n\n") + "\n"
  }
}
