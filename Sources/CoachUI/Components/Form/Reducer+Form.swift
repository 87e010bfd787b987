import CoachCore
import Foundation

extension Reducer {
  static func handleForm(_ key: Key, _ form: FormState, _ state: inout AppState) -> [Effect] {
    var form = form
    switch FormKeys.table(form, state).match(key) {
    case .action(.cancel):
      if form.hasChanges {
        state.overlays.append(
          .confirm(Confirmation(question: state.strings.confirmDiscard, action: .discardForm)))
      } else {
        state.overlays.removeLast()
      }
      return []
    case .action(.save):
      return submit(form, &state)
    case .action(.nextField):
      form.focusNext()
    case .action(.previousField):
      form.focusPrevious()
    case .action(.enter):
      if form.isOnLastField { return submit(form, &state) }
      form.focusNext()
    case .action(.complete):
      form.complete()
    case .action(.pickNext):
      form.pick(1)
    case .action(.pickPrevious):
      form.pick(-1)
    case .action(.clearField):
      _ = form.editFocused(.control("u"))
    case .refused(let reason):
      state.flash = reason
    case .unbound:
      _ = form.editFocused(key)
    }
    replaceTopOverlay(.form(form), &state)
    return []
  }

  static func replaceTopOverlay(_ overlay: Overlay, _ state: inout AppState) {
    state.overlays.replaceLast(with: overlay)
  }

  /// Checks the form with CoachCore's rules; on success closes it and applies the change,
  /// otherwise keeps it open with the error and the cursor on the field at fault.
  static func submit(_ form: FormState, _ state: inout AppState) -> [Effect] {
    if case .readOnly(let reason) = state.saveStatus, form.purpose.changesStore {
      // Keep the typed text on screen: it cannot be saved, but it is not thrown away either.
      var form = form
      form.error = reason
      replaceTopOverlay(.form(form), &state)
      return []
    }
    do {
      let effects = try apply(form, &state)
      if case .form = state.overlays.last { state.overlays.removeLast() }
      return effects
    } catch let failure as FieldError {
      var form = form
      form.fail(failure.error.message(state.language), at: failure.field)
      replaceTopOverlay(.form(form), &state)
      return []
    } catch let error as CoachError {
      var form = form
      form.fail(error.message(state.language), at: field(for: error))
      replaceTopOverlay(.form(form), &state)
      return []
    } catch {
      var form = form
      form.error = String(describing: error)
      replaceTopOverlay(.form(form), &state)
      return []
    }
  }

  private static func field(for error: CoachError) -> FormState.FieldID? {
    switch error {
    case .invalidTime: return .time
    case .invalidMinutes: return .minutes
    case .emptyAgendaItem: return .title
    case .emptyAgreement: return .text
    case .unknownMember, .ambiguousMember, .agreementWithoutOwner: return .owners
    case .droppedWithoutReason: return .note
    case .phaseDateBeforePrevious: return .date
    case .emptyThemeTitle, .duplicateTheme, .emptyOutputTitle: return .title
    case .triedBeforeMade: return .tried
    case .emptyNote: return .text
    default: return .name
    }
  }

  private static func apply(_ form: FormState, _ state: inout AppState) throws -> [Effect] {
    let s = state.strings
    let today = state.today
    switch form.purpose {
    case .addCommunity:
      let draft = communityDraft(form)
      let community = try Community.create(
        draft, otherNames: state.library.names(except: nil), today: today, now: state.now,
        id: state.ids.next())
      let effects = change(&state, label: s.changeAddCommunity(community.name)) {
        $0.put(community)
      }
      selectCommunityOnHome(community.id, &state)
      return effects
    case .editCommunity(let id):
      guard var community = state.library.loaded[id] else { return [] }
      try community.apply(communityDraft(form), otherNames: state.library.names(except: id))
      let effects = change(&state, label: s.changeEditCommunity(community.name)) {
        $0.put(community)
      }
      selectCommunityOnHome(community.id, &state)  // a new name may sort elsewhere
      return effects
    case .addMember(let id):
      guard var community = state.library.loaded[id] else { return [] }
      let member = try community.addMember(memberDraft(form), today: today, id: state.ids.next())
      try setInternalCoach(form, member.id, &community)
      let effects = change(&state, label: s.changeAddMember(member.name)) { $0.put(community) }
      selectMember(member.id, &state)
      return effects
    case .editMember(let id, let memberID):
      guard var community = state.library.loaded[id] else { return [] }
      let draft = try memberDraft(form)
      try community.updateMember(id: memberID, with: draft, today: today)
      try setInternalCoach(form, memberID, &community)
      return change(&state, label: s.changeEditMember(TextCleaning.line(draft.name))) {
        $0.put(community)
      }
    case .addMeeting(let id):
      return try addMeeting(form, to: id, &state)
    case .meeting(let purpose):
      return try applyMeetingForm(purpose, form, &state)
    case .live(let purpose):
      return try applyLiveForm(purpose, form, &state)
    case .notes(let purpose):
      return try applyNoteForm(purpose, form, &state)
    case .themes(let purpose):
      return try applyThemeForm(purpose, form, &state)
    case .checklist(let community, let phase):
      return try applyChecklistForm(community, phase: phase, form, &state)
    case .importMembers(let community):
      return try applyImportForm(community, form, s)
    case .kiosk(let community):
      return applyKioskForm(community, form, &state)
    case .playbook(let purpose):
      return try applyPlaybookForm(purpose, form, &state)
    case .movePhase(let id, let phase):
      guard var community = state.library.loaded[id] else { return [] }
      let day = try Forms.day(form, .date)
      try community.moveRecordingReadiness(
        to: phase, on: day, note: form.value(.note), today: today, language: state.language)
      let effects = change(&state, label: s.changeMovePhase(phase.number)) { $0.put(community) }
      if case .phase(var screen) = state.route, screen.communityID == id {
        popRoute(&state)
        screen.phase = phase
        if case .community(var communityScreen) = state.route {
          communityScreen.phaseSelection = phase
          setRoute(.community(communityScreen), &state)
        }
      }
      return effects
    }
  }

  private static func addMeeting(_ form: FormState, to id: UUID, _ state: inout AppState) throws
    -> [Effect]
  {
    guard var community = state.library.loaded[id] else { return [] }
    let day = try Forms.day(form, .date)
    let timeText = TextCleaning.line(form.value(.time))
    var time: TimeOfDay?
    if !timeText.isEmpty {
      guard let parsed = TimeOfDay(text: timeText) else { throw CoachError.invalidTime(timeText) }
      time = parsed
    }
    var ids = state.ids
    let meeting = community.addMeeting(
      on: day, at: time, place: form.value(.place), language: state.language, id: ids.next(),
      itemIDs: { ids.next() })
    state.ids = ids
    let number = community.meetingNumber(meeting.id) ?? 0
    let label = state.strings.meetings.planned(number, state.dates.shortDay(day))
    let effects = change(&state, label: label) { $0.put(community) }
    if case .community(var screen) = state.route {
      screen.meetingSelection = number - 1
      setRoute(.community(screen), &state)
    }
    return effects
  }

  private static func communityDraft(_ form: FormState) -> CommunityDraft {
    CommunityDraft(
      name: form.value(.name), subject: form.value(.subject),
      schools: TextCleaning.list(form.value(.schools)))
  }

  /// The form's “internal coach” choice: this member, or no longer this member.
  private static func setInternalCoach(
    _ form: FormState, _ memberID: UUID, _ community: inout Community
  ) throws {
    // Stopping the internal coach ends the role (updateMember did) though the form says yes.
    let stopped = community.member(withID: memberID)?.isActive == false
    if form.choice(.internalCoach) == 1, !stopped {
      do {
        try community.setInternalCoach(memberID)
      } catch let error as CoachError {
        throw FieldError(field: .internalCoach, error: error)
      }
    } else if community.internalCoach == memberID {
      try community.setInternalCoach(nil)
    }
  }

  private static func memberDraft(_ form: FormState) throws -> MemberDraft {
    let roles = MemberRole.allCases
    let participations = Participation.allCases
    return MemberDraft(
      name: form.value(.name), school: form.value(.school),
      role: roles[min(form.choice(.role), roles.count - 1)],
      participation: participations[min(form.choice(.participation), participations.count - 1)],
      participationSince: try Forms.optionalDay(form, .participationSince),
      participationReason: form.value(.participationReason),
      committedOn: try Forms.optionalDay(form, .committedOn),
      joinedOn: try Forms.optionalDay(form, .joinedOn))
  }

  private static func selectCommunityOnHome(_ id: UUID, _ state: inout AppState) {
    guard case .home(var home) = state.route else { return }
    home.select(id, ContextSource(state).allCommunities())
    setRoute(.home(home), &state)
  }

  private static func selectMember(_ id: UUID, _ state: inout AppState) {
    guard case .community(var screen) = state.route,
      let community = state.library.loaded[screen.id]
    else { return }
    screen.select(member: id, community)
    setRoute(.community(screen), &state)
  }
}
