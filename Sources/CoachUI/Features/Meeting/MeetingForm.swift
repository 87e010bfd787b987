import Foundation

/// What a form opened on the meeting screen is for. One case of `FormState.Purpose` wraps
/// them, so the meeting screen's forms stay together in their own files.
public enum MeetingForm: Equatable, Sendable, Codable {
  case addAgendaItem(community: UUID, meeting: UUID, after: UUID?)
  case editAgendaItem(community: UUID, meeting: UUID, item: UUID)
  /// A discussion protocol as one agenda item.
  case addProtocol(community: UUID, meeting: UUID)
  /// Chair, timekeeper and minute-taker.
  case roles(community: UUID, meeting: UUID)
  case addAgreement(community: UUID, meeting: UUID)
  case editAgreement(community: UUID, agreement: UUID)
  /// `meeting`: the meeting screen it was opened on (nil: the follow-up list).
  case reviewAgreement(community: UUID, meeting: UUID?, agreement: UUID)
  case editNotes(community: UUID, meeting: UUID)
  case exportMinutes(community: UUID, meeting: UUID)
  case exportCalendar(community: UUID)
  /// A document of the export menu (report, dossier, hand-over) to a typed path.
  case exportDocument(community: UUID, document: ExportDocument)

  /// Exporting writes a file outside the store, so it works in a read-only store too.
  var changesStore: Bool {
    switch self {
    case .exportMinutes, .exportCalendar, .exportDocument: return false
    default: return true
    }
  }
}

extension FormState.Purpose {
  /// Whether submitting the form changes the store (and so is refused when it is read-only).
  var changesStore: Bool {
    if case .meeting(let form) = self { return form.changesStore }
    return true
  }
}
