import CoachCore
import Foundation

/// The agenda section: add, edit, delete and reorder items, all through `change`.
extension MeetingScreen {
  mutating func performOnAgenda(
    _ action: MeetingAction, _ rows: MeetingScreenRows, _ context: CommunityContext
  ) -> [ScreenCommand] {
    let agenda = rows.meeting.agenda
    let selected = agenda.indices.contains(selection) ? agenda[selection] : nil
    let s = context.strings
    let names = context.community.activeMembers.map(\.name)
    switch action {
    case .addItem:
      // A new item goes after the selected one: the coach points where it belongs.
      let purpose = MeetingForm.addAgendaItem(
        community: communityID, meeting: meetingID, after: selected?.id)
      return [.present(.form(Forms.agendaItem(nil, purpose: purpose, members: names, s)))]
    case .addProtocol:
      let methods =
        DiscussionProtocol.ordered(for: context.community.phase) + context.env.customProtocols
      return [
        .present(
          .form(
            FormState(
              purpose: .meeting(.addProtocol(community: communityID, meeting: meetingID)),
              title: s.meetingScreen.protocolTitle,
              fields: [
                .init(
                  id: .kind, label: s.meetingScreen.fieldProtocol,
                  kind: .choice(
                    options: methods.map {
                      $0.name(context.language) + " · \($0.totalMinutes)′"
                    }, selected: 0))
              ])))
      ]
    case .editItem:
      guard let selected else { return [] }
      let purpose = MeetingForm.editAgendaItem(
        community: communityID, meeting: meetingID, item: selected.id)
      return [.present(.form(Forms.agendaItem(selected, purpose: purpose, members: names, s)))]
    case .deleteItem:
      guard let selected else { return [] }
      return [
        .present(
          .confirm(
            Confirmation(
              question: s.meetingScreen.confirmDeleteItem(selected.title),
              action: .deleteAgendaItem(
                community: communityID, meeting: meetingID, item: selected.id))))
      ]
    case .moveItemUp, .moveItemDown:
      guard let selected else { return [] }
      let offset = action.isMoveUp ? -1 : 1
      guard agenda.indices.contains(selection + offset) else { return [] }
      var community = context.community
      community.moveAgendaItem(selected.id, in: meetingID, by: offset)
      selection += offset
      return [.save(community, label: s.meetingScreen.itemMoved(selected.title))]
    default:
      return []
    }
  }
}

extension Reducer {
  /// Yes to “delete this agenda item?”.
  static func deleteAgendaItem(
    _ itemID: UUID, of meetingID: UUID, in communityID: UUID, _ state: inout AppState
  ) -> [Effect] {
    guard var community = state.library.loaded[communityID],
      let item = community.meeting(withID: meetingID)?.agenda.first(where: { $0.id == itemID })
    else { return [] }
    community.removeAgendaItem(itemID, from: meetingID)
    return change(&state, label: state.strings.meetingScreen.itemDeleted(item.title)) {
      $0.put(community)
    }
  }

  /// Selects a row of the meeting screen on top (after a change moved or added a row).
  static func select(_ row: Int, in screen: MeetingScreen, _ state: inout AppState) {
    guard case .meeting(var current) = state.route, current.meetingID == screen.meetingID else {
      return
    }
    current.selection = max(0, row)
    setRoute(.meeting(current), &state)
  }
}

extension MeetingAction {
  fileprivate var isMoveUp: Bool {
    if case .moveItemUp = self { return true }
    return false
  }
}
