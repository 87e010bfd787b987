import CoachCore
import Foundation

/// What typing in the live meeting's quick-capture forms does: a note or a decision on an
/// agenda item, or an agreement made in this meeting.
extension Reducer {
  static func applyLiveForm(_ purpose: LiveForm, _ form: FormState, _ state: inout AppState)
    throws -> [Effect]
  {
    let s = state.strings.live
    switch purpose {
    case .note(let community, let meeting, let item):
      let text = try requiredLine(form, s)
      let screen = LiveMeetingScreen(communityID: community, meetingID: meeting)
      return changeLiveMeeting(screen, label: s.noteAdded, &state) { meeting in
        if let index = meeting.agenda.firstIndex(where: { $0.id == item }) {
          meeting.addNote(text, toItem: index)
        }
      }
    case .decision(let community, let meeting, let item):
      let text = try requiredLine(form, s)
      let screen = LiveMeetingScreen(communityID: community, meetingID: meeting)
      return changeLiveMeeting(screen, label: s.decisionAdded, &state) { meeting in
        if let index = meeting.agenda.firstIndex(where: { $0.id == item }) {
          meeting.addDecision(text, toItem: index)
        }
      }
    case .review(let communityID, let meeting, let agreements):
      let chosen = form.choice(.agreement)
      guard agreements.indices.contains(chosen) else { return [] }
      return try recordReview(
        agreements[chosen], community: communityID, viewing: meeting, form, &state)
    case .agreement(let id, let meeting, let item):
      guard var community = state.library.loaded[id] else { return [] }
      let input = try AgreementInput(form, community)
      let agreement = try community.addAgreement(
        kind: input.kind, text: input.text, owners: input.owners, madeIn: meeting,
        under: item, due: input.due, id: state.ids.next())
      return change(&state, label: s.agreementAdded(agreement.number)) { $0.put(community) }
    }
  }

  /// The one line of a note or decision form; empty keeps the form open with a hint.
  private static func requiredLine(_ form: FormState, _ s: LiveStrings) throws -> String {
    let text = TextCleaning.line(form.value(.text))
    if text.isEmpty { throw FormInputError(message: s.writeSomething) }
    return text
  }
}
