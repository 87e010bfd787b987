import CoachCore
import Foundation

/// The agenda section: add, edit, delete and reorder items, all through `change`.
extension Reducer {
  static func performOnAgenda(
    _ action: MeetingAction, _ screen: MeetingScreen, _ rows: MeetingScreenRows,
    _ state: inout AppState
  ) -> [Effect] {
    let agenda = rows.meeting.agenda
    let selected = agenda.indices.contains(screen.selection) ? agenda[screen.selection] : nil
    let communityID = rows.community.id
    let meetingID = rows.meeting.id
    switch action {
    case .addItem:
      // A new item goes after the selected one: the coach points where it belongs.
      let purpose = MeetingForm.addAgendaItem(
        community: communityID, meeting: meetingID, after: selected?.id)
      state.overlays.append(.form(Forms.agendaItem(nil, purpose: purpose, state.strings)))
    case .editItem:
      guard let selected else { return [] }
      let purpose = MeetingForm.editAgendaItem(
        community: communityID, meeting: meetingID, item: selected.id)
      state.overlays.append(.form(Forms.agendaItem(selected, purpose: purpose, state.strings)))
    case .deleteItem:
      guard let selected else { return [] }
      state.overlays.append(
        .confirm(
          Confirmation(
            question: state.strings.meetingScreen.confirmDeleteItem(selected.title),
            action: .deleteAgendaItem(
              community: communityID, meeting: meetingID, item: selected.id))))
    case .moveItemUp, .moveItemDown:
      guard let selected else { return [] }
      let offset = action.isMoveUp ? -1 : 1
      let target = screen.selection + offset
      guard agenda.indices.contains(target) else { return [] }
      let effects = change(&state, label: state.strings.meetingScreen.itemMoved(selected.title)) {
        guard var community = $0.loaded[communityID] else { return }
        community.moveAgendaItem(selected.id, in: meetingID, by: offset)
        $0.put(community)
      }
      if !effects.isEmpty { select(target, in: screen, &state) }
      return effects
    default:
      break
    }
    return []
  }

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
