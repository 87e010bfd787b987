import CoachCore
import Foundation

/// The meeting screen's keys: Tab between the sections, Esc back, x the minutes; each
/// section has its own keys (see `KeyHints.meetingScreenHints`).
extension Reducer {
  static func handleMeetingScreen(_ key: Key, _ screen: MeetingScreen, _ state: inout AppState)
    -> [Effect]
  {
    var screen = screen
    guard let rows = MeetingScreenRows(state, screen) else {
      popRoute(&state)
      return []
    }
    let sections = MeetingScreen.Section.allCases
    switch key {
    case .escape, .character("q"):
      popRoute(&state)
      return []
    case .tab, .backTab:
      let step = key == .tab ? 1 : sections.count - 1
      screen.section = sections[(screen.section.rawValue + step) % sections.count]
      screen.selection = 0
      setRoute(.meeting(screen), &state)
      return []
    case .character("m") where screen.section != .attendance:
      // From the prepared meeting straight into running it (m on the meetings tab does too).
      guard let community = state.library.loaded[screen.communityID] else { return [] }
      return openLive(community, meeting: screen.meetingID, &state)
    case .character("x"):
      // Exporting writes outside the store: allowed in a read-only store too.
      state.overlays.append(
        .form(
          Forms.exportMinutes(
            community: rows.community.id, meeting: rows.meeting.id, state.strings)))
      return []
    default:
      break
    }
    screen.selection = rows.selection(screen)
    // Shift-↑/↓ and K/J reorder the agenda, so they must not move the selection there.
    let reorders: Set<Key> = [.shiftUp, .shiftDown, .character("K"), .character("J")]
    if !(screen.section == .agenda && reorders.contains(key)),
      let moved = moveSelection(
        screen.selection, count: rows.count(screen.section), key: key, page: state.listPageSize)
    {
      screen.selection = moved
      setRoute(.meeting(screen), &state)
      return []
    }
    setRoute(.meeting(screen), &state)
    switch screen.section {
    case .agenda: return handleAgendaKey(key, screen, rows, &state)
    case .attendance: return handleAttendanceKey(key, screen, rows, &state)
    case .agreements: return handleAgreementsKey(key, screen, rows, &state)
    case .notes: return handleNotesKey(key, screen, rows, &state)
    }
  }

  private static func handleNotesKey(
    _ key: Key, _ screen: MeetingScreen, _ rows: MeetingScreenRows, _ state: inout AppState
  ) -> [Effect] {
    guard key == .character("e") || key == .enter, !refusedBecauseReadOnly(&state) else {
      return []
    }
    state.overlays.append(
      .form(Forms.meetingNotes(rows.meeting, community: rows.community.id, state.strings)))
    return []
  }

  private static func handleAgreementsKey(
    _ key: Key, _ screen: MeetingScreen, _ rows: MeetingScreenRows, _ state: inout AppState
  ) -> [Effect] {
    switch key {
    case .character("a"):
      if refusedBecauseReadOnly(&state) { return [] }
      state.overlays.append(
        .form(
          Forms.addAgreement(
            community: rows.community.id, meeting: rows.meeting.id, state.language)))
    case .character("c"), .enter:
      guard let (agreement, isReview) = rows.agreement(at: screen.selection), isReview,
        !refusedBecauseReadOnly(&state)
      else { return [] }
      if agreement.isClosed {
        // Closed stays closed (CoachCore's rule); u undoes a review made by mistake.
        state.flash = CoachError.agreementAlreadyClosed(agreement.number).message(state.language)
        return []
      }
      state.overlays.append(
        .form(
          Forms.reviewAgreement(
            agreement, community: rows.community.id, meeting: rows.meeting.id, state.language)))
    default:
      break
    }
    return []
  }
}
