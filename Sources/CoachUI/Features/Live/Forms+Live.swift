import CoachCore
import Foundation

/// The live meeting's quick-capture forms: one line each (Enter saves), so the coach types
/// what the group said and is back on the projector screen at once.
extension Forms {
  static func liveNote(
    _ screen: LiveMeetingScreen, _ item: AgendaItem, name: String, _ s: LiveStrings
  ) -> FormState {
    FormState(
      purpose: .live(
        .note(community: screen.communityID, meeting: screen.meetingID, item: item.id)),
      title: s.noteTitle(name),
      fields: [.init(id: .text, label: s.fieldNote, kind: .text(TextField("")), isRequired: true)])
  }

  static func liveDecision(
    _ screen: LiveMeetingScreen, _ item: AgendaItem, name: String, _ s: LiveStrings
  ) -> FormState {
    FormState(
      purpose: .live(
        .decision(community: screen.communityID, meeting: screen.meetingID, item: item.id)),
      title: s.decisionTitle(name),
      fields: [
        .init(id: .text, label: s.fieldDecision, kind: .text(TextField("")), isRequired: true)
      ])
  }

  /// Kind, what, who (names separated by commas), and an optional due day.
  static func liveAgreement(_ screen: LiveMeetingScreen, _ language: Language, _ strings: UIStrings)
    -> FormState
  {
    let s = strings.live
    let kinds = AgreementKind.allCases.map { "(\($0.letter)) " + $0.label(language) }
    return FormState(
      purpose: .live(.agreement(community: screen.communityID, meeting: screen.meetingID)),
      title: s.agreementTitle,
      fields: [
        .init(id: .kind, label: s.fieldKind, kind: .choice(options: kinds, selected: 0)),
        .init(id: .text, label: s.fieldWhat, kind: .text(TextField("")), isRequired: true),
        .init(
          id: .owners, label: s.fieldOwners, kind: .text(TextField("")), isRequired: true,
          placeholder: s.ownersPlaceholder),
        .init(
          id: .due, label: s.fieldDue, kind: .text(TextField("")), placeholder: s.duePlaceholder),
      ])
  }
}
