import CoachCore
import Foundation

/// Submitting the meeting screen's forms: CoachCore checks the input (a thrown `CoachError`
/// keeps the form open with its sentence), `change` records the undo step and saves.
extension Reducer {
  static func applyMeetingForm(_ purpose: MeetingForm, _ form: FormState, _ state: inout AppState)
    throws -> [Effect]
  {
    let m = state.strings.meetingScreen
    switch purpose {
    case .addAgendaItem(let communityID, let meetingID, let after):
      guard var community = state.library.loaded[communityID] else { return [] }
      var item = try agendaItem(form, id: state.ids.next())
      try community.addAgendaItem(item, to: meetingID, after: after)
      item = community.meeting(withID: meetingID)?.agenda.first { $0.id == item.id } ?? item
      let effects = change(&state, label: m.itemAdded(item.title)) { $0.put(community) }
      let row = community.meeting(withID: meetingID)?.agenda.firstIndex { $0.id == item.id }
      selectOnMeetingScreen(meetingID, row: row, &state)
      return effects
    case .addProtocol(let communityID, let meetingID):
      guard var community = state.library.loaded[communityID],
        let index = community.meetings.firstIndex(where: { $0.id == meetingID })
      else { return [] }
      let methods = DiscussionProtocol.ordered(for: community.phase) + state.customProtocols
      guard methods.indices.contains(form.choice(.kind)) else { return [] }
      let item = community.meetings[index].addProtocol(
        methods[form.choice(.kind)], language: state.language, id: state.ids.next())
      let effects = change(&state, label: m.itemAdded(item.title)) { $0.put(community) }
      let row = community.meetings[index].agenda.firstIndex { $0.id == item.id }
      selectOnMeetingScreen(meetingID, row: row, &state)
      return effects
    case .roles(let communityID, let meetingID):
      guard var community = state.library.loaded[communityID] else { return [] }
      var roles: [MeetingRole: UUID] = [:]
      var said: [String] = []
      for role in MeetingRole.allCases {
        let field = Forms.field(for: role)
        let name = TextCleaning.line(form.value(field))
        guard !name.isEmpty else { continue }
        let member: Member
        do {
          member = try community.resolveMember(name)
        } catch let error as CoachError {
          throw FieldError(field: field, error: error)
        }
        roles[role] = member.id
        said.append(role.label(state.language) + " " + member.name)
      }
      try community.setRoles(roles, in: meetingID)
      return change(&state, label: m.rolesSaved(said.joined(separator: ", "))) {
        $0.put(community)
      }
    case .editAgendaItem(let communityID, let meetingID, let itemID):
      guard var community = state.library.loaded[communityID],
        let old = community.meeting(withID: meetingID)?.agenda.first(where: { $0.id == itemID })
      else { return [] }
      var item = try agendaItem(form, id: itemID)
      item.role = old.role
      item.startedAt = old.startedAt
      item.endedAt = old.endedAt
      item.protocolID = old.protocolID
      try community.updateAgendaItem(item, in: meetingID)
      return change(&state, label: m.itemEdited(TextCleaning.line(item.title))) {
        $0.put(community)
      }
    case .addAgreement(let communityID, let meetingID):
      return try addAgreement(form, community: communityID, meeting: meetingID, &state)
    case .editAgreement(let communityID, let agreementID):
      guard var community = state.library.loaded[communityID] else { return [] }
      let input = try AgreementInput(form, community)
      let agreement = try community.editAgreement(
        agreementID, kind: input.kind, text: input.text, owners: input.owners, due: input.due)
      return change(&state, label: m.agreementEdited(agreement.number)) { $0.put(community) }
    case .reviewAgreement(let communityID, let meetingID, let agreementID):
      return try recordReview(
        agreementID, community: communityID, viewing: meetingID, form, &state)
    case .editNotes(let communityID, let meetingID):
      guard var community = state.library.loaded[communityID] else { return [] }
      community.setNotes(form.value(.notes), of: meetingID)
      return change(&state, label: m.notesEdited) { $0.put(community) }
    case .exportCalendar(let communityID):
      guard let community = state.library.loaded[communityID] else { return [] }
      let path = TextCleaning.line(form.value(.path))
      return [.exportCalendar(community, path: path.isEmpty ? nil : path)]
    case .exportDocument(let communityID, let document):
      guard let community = state.library.loaded[communityID] else { return [] }
      let path = TextCleaning.line(form.value(.path))
      return [.exportDocument(community, document, path: path.isEmpty ? nil : path)]
    case .exportMinutes(let communityID, let meetingID):
      guard let community = state.library.loaded[communityID] else { return [] }
      let path = TextCleaning.line(form.value(.path))
      return [.exportMinutes(community, meeting: meetingID, path: path.isEmpty ? nil : path)]
    }
  }

  private static func agendaItem(_ form: FormState, id: UUID) throws -> AgendaItem {
    AgendaItem(
      id: id, title: form.value(.title),
      plannedMinutes: try AgendaItem.minutes(from: form.value(.minutes)),
      presenter: form.value(.presenter), notes: form.value(.notes),
      decisions: TextCleaning.list(form.value(.decisions)))
  }

  private static func addAgreement(
    _ form: FormState, community communityID: UUID, meeting meetingID: UUID,
    _ state: inout AppState
  ) throws -> [Effect] {
    guard var community = state.library.loaded[communityID] else { return [] }
    let input = try AgreementInput(form, community)
    let agreement = try community.addAgreement(
      kind: input.kind, text: input.text, owners: input.owners, madeIn: meetingID,
      due: input.due, id: state.ids.next())
    let effects = change(
      &state, label: state.strings.meetingScreen.agreementAdded(agreement.number)
    ) { $0.put(community) }
    let made = community.agreementsMade(in: meetingID).sorted { $0.number < $1.number }
    let row =
      community.agreementsToReview(in: meetingID).count
      + (made.firstIndex { $0.id == agreement.id } ?? 0)
    selectOnMeetingScreen(meetingID, row: row, &state)
    return effects
  }

  private static func selectOnMeetingScreen(_ meetingID: UUID, row: Int?, _ state: inout AppState) {
    guard let row, case .meeting(let screen) = state.route, screen.meetingID == meetingID else {
      return
    }
    select(row, in: screen, &state)
  }

  /// What became of an agreement, from a follow-up form: in the review of the meeting being
  /// looked at once it has taken place; before that, between meetings (CoachCore's rule).
  static func recordReview(
    _ agreementID: UUID, community communityID: UUID, viewing meetingID: UUID?,
    _ form: FormState, _ state: inout AppState
  ) throws -> [Effect] {
    guard var community = state.library.loaded[communityID],
      let agreement = community.agreements.first(where: { $0.id == agreementID })
    else { return [] }
    let outcomes = AgreementOutcome.allCases
    let outcome = outcomes[min(max(0, form.choice(.outcome)), outcomes.count - 1)]
    let place = community.reviewPlace(for: agreement, today: state.today, viewing: meetingID)
    try community.review(
      agreement: agreementID, outcome: outcome, note: form.value(.note), in: place.meeting,
      on: place.day)
    let label = state.strings.meetingScreen.agreementReviewed(
      agreement.number, outcome.label(state.language))
    return change(&state, label: label) { $0.put(community) }
  }
}
