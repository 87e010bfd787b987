import CoachCore
import Foundation

/// The meeting screen: Tab between the sections, Esc back, x the minutes, m the live mode;
/// each section has its own actions (see `MeetingKeys`).
extension Reducer {
  static func perform(_ action: MeetingAction, _ screen: MeetingScreen, _ state: inout AppState)
    -> [Effect]
  {
    var screen = screen
    guard let rows = MeetingScreenRows(state, screen) else {
      popRoute(&state)
      return []
    }
    let sections = MeetingScreen.Section.allCases
    screen.selection = rows.selection(screen)
    switch action {
    case .back:
      popRoute(&state)
    case .nextSection, .previousSection:
      let step = action.isNextSection ? 1 : sections.count - 1
      screen.section = sections[(screen.section.rawValue + step) % sections.count]
      screen.selection = 0
      setRoute(.meeting(screen), &state)
    case .runLive:
      // From the prepared meeting straight into running it (m on the meetings tab does too).
      return openLive(rows.community, meeting: screen.meetingID, &state)
    case .exportMinutes:
      // Exporting writes outside the store: allowed in a read-only store too.
      state.overlays.append(
        .form(
          Forms.exportMinutes(
            community: rows.community.id, meeting: rows.meeting.id, state.strings)))
    case .list(let move):
      if let moved = move.apply(
        to: screen.selection, count: rows.count(screen.section), page: state.listPageSize)
      {
        screen.selection = moved
      }
      setRoute(.meeting(screen), &state)
    case .addItem, .editItem, .deleteItem, .moveItemUp, .moveItemDown:
      setRoute(.meeting(screen), &state)
      return performOnAgenda(action, screen, rows, &state)
    case .attendance(let attendance):
      let attendees = rows.attendees
      let member = attendees.indices.contains(screen.selection) ? attendees[screen.selection] : nil
      let (effects, selection) = recordAttendance(
        attendance, member: member, selection: screen.selection, count: attendees.count,
        meeting: rows.meeting.id, community: rows.community.id, &state)
      select(selection, in: screen, &state)
      return effects
    case .addAgreement:
      state.overlays.append(
        .form(
          Forms.addAgreement(
            community: rows.community.id, meeting: rows.meeting.id, state.language)))
    case .reviewAgreement:
      guard let (agreement, _) = rows.agreement(at: screen.selection) else { return [] }
      state.overlays.append(
        .form(
          Forms.reviewAgreement(
            agreement, community: rows.community.id, meeting: rows.meeting.id, state.language)))
    case .editNotes:
      state.overlays.append(
        .form(Forms.meetingNotes(rows.meeting, community: rows.community.id, state.strings)))
    }
    return []
  }
}

extension MeetingAction {
  fileprivate var isNextSection: Bool {
    if case .nextSection = self { return true }
    return false
  }
}
