import CoachCore
import Foundation

extension CommunityScreen {
  mutating func perform(_ action: CommunityAction, key: Key, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    let community = context.community
    let tabs = Tab.allCases
    let s = context.strings
    switch action {
    case .back:
      return [.pop]
    case .followUp:
      return [.push(.followUp(FollowUpScreen(communityID: id)))]
    case .newNote:
      let about = tab == .members ? selectedMember(community).map { [$0.id] } ?? [] : []
      return [.present(.form(Forms.newNote(in: community, about: about, meeting: nil, context)))]
    case .checklists:
      return [.push(.checklistResults(ChecklistResultsScreen(communityID: id)))]
    case .notes:
      let member = tab == .members ? selectedMember(community)?.id : nil
      return [.push(.notes(NotesScreen(communityID: id, memberID: member)))]
    case .kiosk:
      return [.present(.form(Forms.kiosk(community, context)))]
    case .export:
      let meetings = community.meetingsInOrder
      let meeting =
        tab == .meetings && meetings.indices.contains(meetingSelection)
        ? meetings[meetingSelection].id : nil
      return [.present(.exportMenu(ExportMenu(community: id, meeting: meeting)))]
    case .nextTab:
      tab = tabs[(tab.rawValue + 1) % tabs.count]
      if tab == .meetings { selectFocusMeeting(community, today: context.today) }
    case .previousTab:
      tab = tabs[(tab.rawValue + tabs.count - 1) % tabs.count]
      if tab == .meetings { selectFocusMeeting(community, today: context.today) }
    case .phaseList(let move):
      let phases = Phase.allCases
      if let moved = move.apply(
        to: phaseSelection.rawValue - 1, count: phases.count, page: phases.count)
      {
        phaseSelection = phases[moved]
      }
    case .choosePhase:
      if case .character(let digit) = key, let number = digit.wholeNumberValue,
        let phase = Phase(number: number)
      {
        phaseSelection = phase
      }
    case .openPhaseGuide:
      return [.push(.phase(PhaseScreen(communityID: id, phase: phaseSelection)))]
    case .edit:
      return [.present(.form(Forms.editCommunity(community, s)))]
    case .memberList(let move):
      let count = visibleMembers(community).count
      memberSelection =
        move.apply(to: memberSelection, count: count, page: context.listPageSize)
        ?? memberSelection
    case .importMembers:
      return [.present(.form(Forms.importMembers(community: id, s)))]
    case .toggleParticipation:
      showsParticipation.toggle()
    case .filterMembers:
      memberFilter.isEditing = true
    case .clearMemberFilter:
      memberFilter = FilterState()
      memberSelection = 0
    case .addMember:
      return [.present(.form(Forms.addMember(to: community, context.language)))]
    case .editMember:
      if let selected = selectedMember(community) {
        return [.present(.form(Forms.editMember(selected, of: community, context.language)))]
      }
    case .deleteMember:
      if let selected = selectedMember(community) {
        return [
          .present(
            .confirm(
              Confirmation(
                question: s.confirmDeleteMember(selected.name),
                action: .deleteMember(community: id, member: selected.id))))
        ]
      }
    case .meetingList, .openMeeting, .runLive, .planMeeting, .deleteMeeting:
      return performOnMeetings(action, context)
    case .themeList, .addTheme, .openTheme, .editTheme, .deleteTheme, .addOutput, .addMoment,
      .addSubgroup:
      return performOnThemes(action, context)
    }
    return []
  }

  private func selectedMember(_ community: Community) -> Member? {
    let visible = visibleMembers(community)
    return visible.indices.contains(memberSelection) ? visible[memberSelection] : nil
  }
}
