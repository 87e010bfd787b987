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
