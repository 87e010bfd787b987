import CoachCore
import Foundation

extension Reducer {
  static func handleOverlay(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard let overlay = state.overlays.last else { return [] }
    switch overlay {
    case .help:
      switch HelpKeys.table(state).match(key) {
      case .action(.close): state.overlays.removeLast()
      case .action(.scroll(let move)): state.helpTop = HelpLayout.scrolled(move, state)
      case .refused, .unbound: break
      }
      return []
    case .message:
      state.overlays.removeLast()
      return []
    case .form(let form):
      return handleForm(key, form, &state)
    case .meetingEnded(let community, let meeting):
      return handleMeetingEnded(key, community: community, meeting: meeting, &state)
    case .outsideChange(let community):
      return handleOutsideChange(key, community: community, &state)
    case .exportMenu(let menu):
      return handleExportMenu(key, menu, &state)
    case .confirm(let confirmation):
      switch QuestionKeys.table(state).match(key) {
      case .action(.yes):
        state.overlays.removeLast()
        return confirm(confirmation.action, &state)
      case .action(.no):
        state.overlays.removeLast()
        return []
      case .refused, .unbound:
        return []
      }
    }
  }

  static func confirm(_ action: Confirmation.Action, _ state: inout AppState) -> [Effect] {
    let s = state.strings
    switch action {
    case .discardForm:
      if case .form = state.overlays.last { state.overlays.removeLast() }
      return []
    case .removeFromPlaybook(let id, let checklist, let number):
      var playbook = state.playbook
      do {
        if checklist {
          try playbook.editChecklist(id, [.remove(number)])
        } else {
          try playbook.editProtocol(id, [.remove(number)])
        }
      } catch let error as ChecklistError {
        state.flash = error.message(state.language)
        return []
      } catch {
        state.flash = String(describing: error)
        return []
      }
      return [.savePlaybook(playbook)]
    case .quitWithUnsavedChanges:
      state.isQuitting = true
      return []
    case .runToday(let community, let meeting):
      return runToday(community, meeting, &state)
    case .replaceExport(let effect):
      return [effect]
    case .deleteCommunity(let id):
      let name = state.library.summary(id)?.name ?? ""
      let effects = change(&state, label: s.changeDeleteCommunity(name)) { $0.remove(id) }
      repairRoutes(&state)
      return effects
    case .deleteMeeting(let communityID, let meetingID):
      guard var community = state.library.loaded[communityID] else { return [] }
      let number = community.meetingNumber(meetingID) ?? 0
      guard attempt(&state, { try community.removeMeeting(meetingID) }) else { return [] }
      let effects = change(&state, label: s.meetings.deleted(number)) { $0.put(community) }
      repairRoutes(&state)
      return effects
    case .deleteAgendaItem(let communityID, let meetingID, let itemID):
      return deleteAgendaItem(itemID, of: meetingID, in: communityID, &state)
    case .deleteAgreement(let communityID, let agreementID):
      guard var community = state.library.loaded[communityID],
        let agreement = community.agreements.first(where: { $0.id == agreementID })
      else { return [] }
      guard attempt(&state, { try community.removeAgreement(agreementID) }) else { return [] }
      let effects = change(&state, label: s.meetingScreen.agreementDeleted(agreement.number)) {
        $0.put(community)
      }
      repairRoutes(&state)
      return effects
    case .deleteMember(let communityID, let memberID):
      guard var community = state.library.loaded[communityID],
        let member = community.member(withID: memberID)
      else { return [] }
      community.removeMember(id: memberID)
      let effects = change(&state, label: s.changeDeleteMember(member.name)) { $0.put(community) }
      repairRoutes(&state)
      return effects
    }
  }
}
