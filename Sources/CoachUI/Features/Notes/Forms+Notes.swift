import CoachCore
import Foundation

extension Forms {
  /// A new note: what was noticed, about whom (names, Tab completes), tags, the day.
  /// Opened from any of the community's screens: a new note needs the community, not the
  /// notes already written.
  static func newNote(
    in community: Community, about: [UUID], meeting: UUID?, _ context: some ScreenContext
  ) -> FormState {
    let n = context.strings.notes
    let subtitle = meeting.flatMap { id -> String? in
      guard let number = community.meetingNumber(id),
        let found = community.meetings.first(where: { $0.id == id })
      else { return nil }
      return n.linkedTo(number, context.dates.shortDay(found.day))
    }
    return FormState(
      purpose: .notes(.add(community: community.id, meeting: meeting)), title: n.newNote,
      subtitle: subtitle,
      fields: noteFields(
        text: "", about: community.memberNames(about), tags: [], day: context.today, community,
        context))
  }

  static func editNote(_ note: DynamicsNote, _ context: CoachNotesContext) -> FormState {
    FormState(
      purpose: .notes(.edit(community: context.community.id, note: note.id)),
      title: context.strings.notes.editNote,
      fields: noteFields(
        text: note.text, about: context.community.memberNames(note.about), tags: note.tags,
        day: note.day, context.community, context))
  }

  /// The live meeting's note: one line shown as dots, so the projector shows nothing of it.
  static func quickNote(community: UUID, meeting: UUID, _ s: UIStrings) -> FormState {
    FormState(
      purpose: .notes(.quick(community: community, meeting: meeting)), title: s.notes.quietTitle,
      fields: [.init(id: .text, label: "", kind: .text(TextField()), masked: true)])
  }

  private static func noteFields(
    text: String, about: [String], tags: [NoteTag], day: CalendarDay, _ community: Community,
    _ context: some ScreenContext
  ) -> [FormState.Field] {
    let n = context.strings.notes
    let language = context.language
    let members = community.members.map(\.name)
    let tagWords = NoteTag.standard.map { $0.label(language) }
    return [
      .init(
        id: .text, label: n.fieldText, kind: .text(TextField(text, multiline: true)),
        isRequired: true),
      .init(
        id: .about, label: n.fieldAbout,
        kind: .text(TextField(about.joined(separator: ", "))), placeholder: n.aboutPlaceholder,
        completion: Completion(members, separator: ",")),
      .init(
        id: .tags, label: n.fieldTags,
        kind: .text(TextField(tags.map { $0.label(language) }.joined(separator: ", "))),
        placeholder: n.tagsPlaceholder, completion: Completion(tagWords, separator: ",")),
      .init(
        id: .date, label: n.fieldDay, kind: .text(TextField(day.iso)), placeholder: "jjjj-mm-dd"),
    ]
  }
}
