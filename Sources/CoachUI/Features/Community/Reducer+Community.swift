import CoachCore
import Foundation

extension Reducer {
  static func perform(
    _ action: CommunityAction, _ key: Key, _ screen: CommunityScreen, _ state: inout AppState
  ) -> [Effect] {
    var screen = screen
    guard let community = state.library.loaded[screen.id] else {
      popRoute(&state)
      return []
    }
    let tabs = CommunityScreen.Tab.allCases
    let s = state.strings
    switch action {
    case .back:
      popRoute(&state)
    case .followUp:
      state.routes.append(.followUp(FollowUpScreen(communityID: screen.id)))
    case .nextTab:
      screen.tab = tabs[(screen.tab.rawValue + 1) % tabs.count]
      setRoute(.community(screen), &state)
    case .previousTab:
      screen.tab = tabs[(screen.tab.rawValue + tabs.count - 1) % tabs.count]
      setRoute(.community(screen), &state)
    case .phaseList(let move):
      let phases = Phase.allCases
      if let moved = move.apply(
        to: screen.phaseSelection.rawValue - 1, count: phases.count, page: phases.count)
      {
        screen.phaseSelection = phases[moved]
        setRoute(.community(screen), &state)
      }
    case .choosePhase:
      if case .character(let digit) = key, let number = digit.wholeNumberValue,
        let phase = Phase(number: number)
      {
        screen.phaseSelection = phase
        setRoute(.community(screen), &state)
      }
    case .openPhaseGuide:
      state.routes.append(
        .phase(PhaseScreen(communityID: community.id, phase: screen.phaseSelection)))
    case .edit:
      state.overlays.append(.form(Forms.editCommunity(community, s)))
    case .memberList(let move):
      let count = state.visibleMembers(screen).count
      if let moved = move.apply(to: screen.memberSelection, count: count, page: state.listPageSize)
      {
        screen.memberSelection = moved
        setRoute(.community(screen), &state)
      }
    case .filterMembers:
      screen.memberFilter.isEditing = true
      setRoute(.community(screen), &state)
    case .clearMemberFilter:
      screen.memberFilter = FilterState()
      screen.memberSelection = 0
      setRoute(.community(screen), &state)
    case .addMember:
      state.overlays.append(.form(Forms.addMember(to: community.id, state.language)))
    case .editMember:
      if let selected = selectedMember(screen, state) {
        state.overlays.append(.form(Forms.editMember(selected, of: community.id, state.language)))
      }
    case .deleteMember:
      if let selected = selectedMember(screen, state) {
        state.overlays.append(
          .confirm(
            Confirmation(
              question: s.confirmDeleteMember(selected.name),
              action: .deleteMember(community: community.id, member: selected.id))))
      }
    case .meetingList, .openMeeting, .runLive, .planMeeting, .deleteMeeting:
      return performOnMeetings(action, screen, community, &state)
    }
    return []
  }

  private static func selectedMember(_ screen: CommunityScreen, _ state: AppState) -> Member? {
    let visible = state.visibleMembers(screen)
    return visible.indices.contains(screen.memberSelection) ? visible[screen.memberSelection] : nil
  }
}
