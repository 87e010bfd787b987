import CoachCore
import Foundation

enum MeetingEndedAction: Sendable {
  case exportMinutes
  case planNext
  case close
}

/// After `E` (or `n` on the last item): the two things a coach does next, one key each.
enum MeetingEndedKeys {
  static func table(_ state: AppState) -> KeyTable<MeetingEndedAction> {
    let l = state.strings.live
    return KeyTable([
      KeyBinding("ended.minutes", [.character("x")], .exportMinutes, l.keyExportMinutes, .high),
      KeyBinding(
        "ended.plan", [.character("a")], .planNext, l.keyPlanNext, .high,
        refusal: state.readOnlyReason),
      KeyBinding(
        "ended.close", [.escape, .enter], .close, state.strings.keyCloseHelp, .essential,
        display: "Esc"),
    ]).applying(state.keyOverrides)
  }
}

extension Reducer {
  static func handleMeetingEnded(
    _ key: Key, community communityID: UUID, meeting meetingID: UUID, _ state: inout AppState
  ) -> [Effect] {
    switch MeetingEndedKeys.table(state).match(key) {
    case .action(.exportMinutes):
      guard let community = state.library.loaded[communityID] else { return [] }
      // The overlay stays: planning the next meeting is the other step.
      return [.exportMinutes(community, meeting: meetingID, path: nil)]
    case .action(.planNext):
      guard let community = state.library.loaded[communityID] else { return [] }
      state.overlays.removeLast()
      state.overlays.append(
        .form(Forms.addMeeting(community, today: state.today, state.strings)))
      return []
    case .action(.close):
      state.overlays.removeLast()
      return []
    case .refused(let reason):
      state.flash = reason
      return []
    case .unbound:
      return []
    }
  }
}
