import CoachCore
import Foundation

/// One form for an agreement, to make one (on the meeting screen or live) or to correct one:
/// kind, what, who (names separated by commas) and an optional due day.
extension Forms {
  static func agreement(
    _ existing: Agreement?, in community: Community, purpose: FormState.Purpose,
    multiline: Bool, _ language: Language
  ) -> FormState {
    let m = UIStrings.forLanguage(language).meetingScreen
    let kinds = AgreementKind.allCases
    var due = ""
    if case .day(let day) = existing?.due { due = day.iso }
    return FormState(
      purpose: purpose,
      title: existing.map { m.editAgreementTitle($0.number) } ?? m.newAgreement,
      fields: [
        .init(
          id: .kind, label: m.fieldKind,
          kind: .choice(
            options: kinds.map { "(\($0.letter)) " + $0.label(language) },
            selected: existing.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0)),
        .init(
          id: .text, label: m.fieldText,
          kind: .text(TextField(existing?.text ?? "", multiline: multiline)), isRequired: true),
        .init(
          id: .owners, label: m.fieldOwners,
          kind: .text(
            TextField(community.memberNames(existing?.owners ?? []).joined(separator: ", "))),
          isRequired: true, placeholder: m.ownersPlaceholder,
          completion: Completion(community.activeMembers.map(\.name), separator: ",")),
        .init(
          id: .due, label: m.fieldDue, kind: .text(TextField(due)), placeholder: m.duePlaceholder),
      ])
  }
}

/// What an agreement form says, checked in the order of its fields so the error lands on
/// the first one at fault. Owners must each name one member (a unique start of a word of
/// the name will do), or the form says which name is unknown or ambiguous.
struct AgreementInput {
  let kind: AgreementKind
  let text: String
  let owners: [UUID]
  let due: Agreement.Due

  init(_ form: FormState, _ community: Community) throws {
    let kinds = AgreementKind.allCases
    kind = kinds[min(max(0, form.choice(.kind)), kinds.count - 1)]
    text = form.value(.text)
    if TextCleaning.multiline(text).isEmpty { throw CoachError.emptyAgreement }
    owners = try TextCleaning.list(form.value(.owners), separators: [",", "\n"])
      .map { try community.resolveMember($0).id }
    due = try Forms.optionalDay(form, .due).map(Agreement.Due.day) ?? .nextMeeting
  }
}

extension Forms {
  /// Correcting an agreement (a typo, another owner): its values in the form.
  static func editAgreement(_ existing: Agreement, _ context: CommunityContext) -> FormState {
    let purpose = FormState.Purpose.meeting(
      .editAgreement(community: context.community.id, agreement: existing.id))
    return agreement(
      existing, in: context.community, purpose: purpose, multiline: true, context.language)
  }
}

extension Confirmation {
  /// “Delete agreement 4 (Evaluatiecriteria…)?”: undo brings it back.
  static func deleteAgreement(_ agreement: Agreement, _ context: CommunityContext)
    -> Confirmation
  {
    Confirmation(
      question: context.strings.meetingScreen.confirmDeleteAgreement(
        agreement.number, agreement.text.replacingOccurrences(of: "\n", with: " ")),
      action: .deleteAgreement(community: context.community.id, agreement: agreement.id))
  }
}
