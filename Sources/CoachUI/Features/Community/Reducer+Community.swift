import CoachCore
import Foundation

extension Reducer {
  static func handleCommunity(_ key: Key, _ screen: CommunityScreen, _ state: inout AppState)
    -> [Effect]
  {
    var screen = screen
    guard let community = state.library.loaded[screen.id] else {
      popRoute(&state)
      return []
    }
    let tabs = CommunityScreen.Tab.allCases
    switch key {
    case .escape where screen.tab == .members && screen.memberFilter.isActive:
      screen.memberFilter = FilterState()
      screen.memberSelection = 0
      setRoute(.community(screen), &state)
      return []
    case .escape, .character("q"):
      popRoute(&state)
      return []
    case .character("f"):
      state.routes.append(.followUp(FollowUpScreen(communityID: screen.id)))
      return []
    case .tab:
      screen.tab = tabs[(screen.tab.rawValue + 1) % tabs.count]
      setRoute(.community(screen), &state)
      return []
    case .backTab:
      screen.tab = tabs[(screen.tab.rawValue + tabs.count - 1) % tabs.count]
      setRoute(.community(screen), &state)
      return []
    default:
      break
    }
    switch screen.tab {
    case .overview: return handleOverview(key, screen, community, &state)
    case .members: return handleMembers(key, screen, community, &state)
    case .meetings: return handleMeetings(key, screen, community, &state)
    }
  }

  private static func handleOverview(
    _ key: Key, _ screen: CommunityScreen, _ community: Community, _ state: inout AppState
  ) -> [Effect] {
    var screen = screen
    let phases = Phase.allCases
    if let moved = moveSelection(
      screen.phaseSelection.rawValue - 1, count: phases.count, key: key, page: phases.count)
    {
      screen.phaseSelection = phases[moved]
      setRoute(.community(screen), &state)
      return []
    }
    switch key {
    case .character(let digit) where ("1"..."5").contains(digit):
      if let number = digit.wholeNumberValue, let phase = Phase(number: number) {
        screen.phaseSelection = phase
        setRoute(.community(screen), &state)
      }
    case .enter, .right, .character("l"):
      state.routes.append(
        .phase(PhaseScreen(communityID: community.id, phase: screen.phaseSelection)))
    case .character("e"):
      if refusedBecauseReadOnly(&state) { return [] }
      state.overlays.append(.form(Forms.editCommunity(community, state.strings)))
    default:
      break
    }
    return []
  }

  private static func handleMembers(
    _ key: Key, _ screen: CommunityScreen, _ community: Community, _ state: inout AppState
  ) -> [Effect] {
    var screen = screen
    let visible = state.visibleMembers(screen)
    let selected =
      visible.indices.contains(screen.memberSelection) ? visible[screen.memberSelection] : nil
    if let moved = moveSelection(
      screen.memberSelection, count: visible.count, key: key, page: state.listPageSize)
    {
      screen.memberSelection = moved
      setRoute(.community(screen), &state)
      return []
    }
    switch key {
    case .character("/"):
      screen.memberFilter.isEditing = true
      setRoute(.community(screen), &state)
    case .character("a"):
      if refusedBecauseReadOnly(&state) { return [] }
      state.overlays.append(.form(Forms.addMember(to: community.id, state.language)))
    case .character("e"), .enter:
      if let selected, !refusedBecauseReadOnly(&state) {
        state.overlays.append(.form(Forms.editMember(selected, of: community.id, state.language)))
      }
    case .character("d"), .delete:
      if let selected, !refusedBecauseReadOnly(&state) {
        state.overlays.append(
          .confirm(
            Confirmation(
              question: state.strings.confirmDeleteMember(selected.name),
              action: .deleteMember(community: community.id, member: selected.id))))
      }
    default:
      break
    }
    return []
  }
}
