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
}

extension Forms {
  /// `c` in the live mode: which open agreement of the review list, what became of it, a note.
  /// The list is fixed when the form opens, so the choice always names what was shown.
  static func liveReview(
    _ screen: LiveMeetingScreen, open agreements: [Agreement], _ language: Language
  ) -> FormState {
    let s = UIStrings.forLanguage(language)
    let m = s.meetingScreen
    return FormState(
      purpose: .live(
        .review(
          community: screen.communityID, meeting: screen.meetingID,
          agreements: agreements.map(\.id))),
      title: s.live.reviewTitle,
      fields: [
        .init(
          id: .agreement, label: s.live.fieldWhich,
          kind: .choice(
            options: agreements.map {
              "\($0.number) (\($0.kind.letter)) "
                + DisplayWidth.truncate($0.text.replacingOccurrences(of: "\n", with: " "), to: 40)
            }, selected: 0)),
        .init(
          id: .outcome, label: m.fieldOutcome,
          kind: .choice(
            options: AgreementOutcome.allCases.map { $0.label(language) }, selected: 0)),
        .init(
          id: .note, label: m.fieldReviewNote, kind: .text(TextField("")),
          placeholder: m.reviewNotePlaceholder),
      ])
  }
}
