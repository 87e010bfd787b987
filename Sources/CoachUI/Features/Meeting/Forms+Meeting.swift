import CoachCore
import Foundation

/// The meeting screen's forms, built from the current values.
extension Forms {
  /// The presenter is offered from the community's active members as the coach types.
  static func agendaItem(
    _ item: AgendaItem?, purpose: MeetingForm, members: [String], _ s: UIStrings
  ) -> FormState {
    let m = s.meetingScreen
    return FormState(
      purpose: .meeting(purpose), title: item == nil ? m.newAgendaItem : m.editAgendaItem,
      fields: [
        .init(
          id: .title, label: m.fieldTitle, kind: .text(TextField(item?.title ?? "")),
          isRequired: true),
        .init(
          id: .minutes, label: m.fieldMinutes,
          kind: .text(TextField(item.map { "\($0.plannedMinutes)" } ?? "10"))),
        .init(
          id: .presenter, label: m.fieldPresenter, kind: .text(TextField(item?.presenter ?? "")),
          completion: Completion(members)),
        .init(
          id: .notes, label: m.fieldItemNotes,
          kind: .text(TextField(item?.notes ?? "", multiline: true))),
        .init(
          id: .decisions, label: m.fieldDecisions,
          kind: .text(
            TextField(item?.decisions.joined(separator: "\n") ?? "", multiline: true)),
          placeholder: s.onePerLine),
      ])
  }

  static func reviewAgreement(
    _ agreement: Agreement, community: UUID, meeting: UUID?, _ language: Language
  ) -> FormState {
    let m = UIStrings.forLanguage(language).meetingScreen
    return FormState(
      purpose: .meeting(
        .reviewAgreement(community: community, meeting: meeting, agreement: agreement.id)),
      title: m.reviewTitle(agreement.number),
      subtitle: "(\(agreement.kind.letter)) "
        + agreement.text.replacingOccurrences(of: "\n", with: " "),
      fields: [
        .init(
          id: .outcome, label: m.fieldOutcome,
          kind: .choice(
            options: AgreementOutcome.allCases.map { $0.label(language) }, selected: 0)),
        .init(
          id: .note, label: m.fieldReviewNote, kind: .text(TextField("")),
          placeholder: m.reviewNotePlaceholder),
      ])
  }

  static func meetingNotes(_ meeting: Meeting, community: UUID, _ s: UIStrings) -> FormState {
    FormState(
      purpose: .meeting(.editNotes(community: community, meeting: meeting.id)),
      title: s.meetingScreen.notesTitle,
      fields: [
        .init(
          id: .notes, label: s.meetingScreen.fieldItemNotes,
          kind: .text(TextField(meeting.notes, multiline: true)))
      ])
  }

  static func exportMinutes(community: UUID, meeting: UUID, _ s: UIStrings) -> FormState {
    exportForm(
      .exportMinutes(community: community, meeting: meeting), title: s.meetingScreen.exportTitle,
      s)
  }

  static func exportCalendar(community: UUID, _ s: UIStrings) -> FormState {
    exportForm(.exportCalendar(community: community), title: s.meetingScreen.calendarTitle, s)
  }

  /// Where to write a document of the export menu; `title` names the document.
  static func exportDocument(
    community: UUID, _ document: ExportDocument, title: String, _ s: UIStrings
  ) -> FormState {
    exportForm(.exportDocument(community: community, document: document), title: title, s)
  }

  /// Where to write an export: empty is the store's exports folder.
  private static func exportForm(_ purpose: MeetingForm, title: String, _ s: UIStrings)
    -> FormState
  {
    FormState(
      purpose: .meeting(purpose), title: title,
      fields: [
        .init(
          id: .path, label: s.meetingScreen.fieldPath, kind: .text(TextField("")),
          placeholder: s.meetingScreen.pathPlaceholder)
      ])
  }
}
