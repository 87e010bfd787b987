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
    case .agreement(let id, let meeting):
      guard var community = state.library.loaded[id] else { return [] }
      let kinds = AgreementKind.allCases
      let kind = kinds[min(max(0, form.choice(.kind)), kinds.count - 1)]
      // Checked in the order of the fields, so the error lands on the first one at fault.
      if TextCleaning.multiline(form.value(.text)).isEmpty { throw CoachError.emptyAgreement }
      let owners = try form.value(.owners).split(separator: ",")
        .map { TextCleaning.line(String($0)) }
        .filter { !$0.isEmpty }
        .map { try community.resolveMember($0).id }
      let due = try Forms.optionalDay(form, .due)
      let agreement = try community.addAgreement(
        kind: kind, text: form.value(.text), owners: owners, madeIn: meeting,
        due: due.map(Agreement.Due.day) ?? .nextMeeting, id: state.ids.next())
      return change(&state, label: s.agreementAdded(agreement.number)) { $0.put(community) }
    }
  }

  /// The one line of a note or decision form; empty keeps the form open with a hint.
  private static func requiredLine(_ form: FormState, _ s: LiveStrings) throws -> String {
    let text = TextCleaning.line(form.value(.text))
    if text.isEmpty { throw LiveInputError(message: s.writeSomething) }
    return text
  }
}

/// A quick-capture form that cannot be saved as typed; the form shows `message`.
struct LiveInputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
