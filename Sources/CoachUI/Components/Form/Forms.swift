import CoachCore
import Foundation

/// The forms the coach fills in, built from the current values.
enum Forms {
  static func addCommunity(_ s: UIStrings) -> FormState {
    FormState(purpose: .addCommunity, title: s.newCommunity, fields: communityFields(nil, s))
  }

  static func editCommunity(_ community: Community, _ s: UIStrings) -> FormState {
    FormState(
      purpose: .editCommunity(community.id), title: s.editCommunity,
      fields: communityFields(community, s))
  }

  private static func communityFields(_ community: Community?, _ s: UIStrings) -> [FormState.Field]
  {
    [
      .init(
        id: .name, label: s.fieldName, kind: .text(TextField(community?.name ?? "")),
        isRequired: true),
      .init(id: .subject, label: s.fieldSubject, kind: .text(TextField(community?.subject ?? ""))),
      .init(
        id: .schools, label: s.fieldSchools,
        kind: .text(TextField(community?.schools.joined(separator: "\n") ?? "", multiline: true)),
        placeholder: s.onePerLine),
    ]
  }

  static func addMember(to community: Community, _ language: Language) -> FormState {
    let s = UIStrings.forLanguage(language)
    return FormState(
      purpose: .addMember(community: community.id), title: s.newMember,
      fields: memberFields(nil, of: community, language))
  }

  static func editMember(_ member: Member, of community: Community, _ language: Language)
    -> FormState
  {
    let s = UIStrings.forLanguage(language)
    return FormState(
      purpose: .editMember(community: community.id, member: member.id), title: s.editMember,
      fields: memberFields(member, of: community, language))
  }

  /// The school offers the community's schools as the coach types.
  private static func memberFields(_ member: Member?, of community: Community, _ language: Language)
    -> [FormState.Field]
  {
    let s = UIStrings.forLanguage(language)
    let p = s.participation
    let schools = community.allSchools
    let isInternalCoach = member.map { community.internalCoach == $0.id } ?? false
    let roles = MemberRole.allCases
    let participations = Participation.allCases
    return [
      .init(
        id: .name, label: s.fieldName, kind: .text(TextField(member?.name ?? "")), isRequired: true),
      .init(
        id: .school, label: s.fieldSchool, kind: .text(TextField(member?.school ?? "")),
        completion: Completion(schools)),
      .init(
        id: .role, label: s.fieldRole,
        kind: .choice(
          options: roles.map { $0.label(language) },
          selected: roles.firstIndex(of: member?.role ?? .teacher) ?? 0)),
      .init(
        id: .joinedOn, label: s.fieldJoinedOn,
        kind: .text(TextField(member?.joinedOn?.iso ?? "")),
        placeholder: member == nil ? s.joinedTodayPlaceholder : s.datePlaceholder),
      .init(
        id: .participation, label: s.fieldParticipation,
        kind: .choice(
          options: participations.map { $0.label(language) },
          selected: participations.firstIndex(of: member?.participation ?? .active) ?? 0)),
      .init(
        id: .participationSince, label: s.fieldParticipationSince,
        kind: .text(TextField(member?.participationSince?.iso ?? "")),
        placeholder: s.datePlaceholder),
      .init(
        id: .committedOn, label: s.fieldCommittedOn,
        kind: .text(TextField(member?.committedOn?.iso ?? "")),
        placeholder: s.datePlaceholder),
      .init(
        id: .participationReason, label: p.fieldReason,
        kind: .text(TextField(member?.participationReason ?? "")),
        placeholder: p.reasonPlaceholder),
      .init(
        id: .internalCoach, label: p.fieldInternalCoach,
        kind: .choice(options: p.internalCoachChoices, selected: isInternalCoach ? 1 : 0)),
    ]
  }

  /// How many signals of the readiness check speak against the move; nil when none.
  private static func readinessLine(
    _ community: Community, to phase: Phase, today: CalendarDay, _ s: UIStrings
  ) -> String? {
    let count = community.readinessSignals(movingTo: phase, today: today).count
    return count == 0 ? nil : s.phaseReadiness.signalsAgainst(count)
  }

  static func movePhase(_ community: Community, to phase: Phase, today: CalendarDay, _ s: UIStrings)
    -> FormState
  {
    FormState(
      purpose: .movePhase(community: community.id, to: phase),
      title: s.movePhaseTitle(community.phase.number, phase.number),
      subtitle: phase < community.phase
        ? s.movingBack : readinessLine(community, to: phase, today: today, s),
      fields: [
        .init(
          id: .date, label: s.fieldDate, kind: .text(TextField(today.iso)), isRequired: true,
          placeholder: s.datePlaceholder),
        .init(id: .note, label: s.fieldNote, kind: .text(TextField(""))),
      ])
  }

  /// The next meeting as CoachCore proposes it (monthly: four weeks after the last one, same
  /// weekday, time and place), so Ctrl-S alone plans it.
  static func addMeeting(_ community: Community, today: CalendarDay, _ s: UIStrings) -> FormState {
    let proposal = community.proposedNextMeeting(today: today)
    return FormState(
      purpose: .addMeeting(community: community.id), title: s.meetings.newMeeting,
      fields: [
        .init(
          id: .date, label: s.fieldDate, kind: .text(TextField(proposal.day.iso)),
          isRequired: true, placeholder: s.datePlaceholder),
        .init(
          id: .time, label: s.meetings.fieldTime, kind: .text(TextField(proposal.time?.text ?? "")),
          placeholder: s.meetings.timePlaceholder),
        .init(id: .place, label: s.meetings.fieldPlace, kind: .text(TextField(proposal.place))),
      ])
  }

  /// A date field: empty is nil, anything else must be a real date. The error names the
  /// field, so the form puts the cursor there.
  static func optionalDay(_ form: FormState, _ field: FormState.FieldID) throws -> CalendarDay? {
    let trimmed = TextCleaning.line(form.value(field))
    if trimmed.isEmpty { return nil }
    guard let day = CalendarDay(iso: trimmed) else {
      throw FieldError(field: field, error: .invalidDate(trimmed))
    }
    return day
  }

  /// A date field that must be filled in.
  static func day(_ form: FormState, _ field: FormState.FieldID) throws -> CalendarDay {
    guard let day = try optionalDay(form, field) else {
      throw FieldError(field: field, error: .invalidDate(""))
    }
    return day
  }
}

/// A rule broken by one field of a form.
struct FieldError: Error {
  let field: FormState.FieldID
  let error: CoachError
}
