import CoachCore
import Foundation

/// Recording attendance: the same keys on the meeting screen and in the live panel.
enum AttendanceAction: Equatable, Sendable {
  /// Space: not recorded → present → late → absent → excused → not recorded.
  case cycle
  /// p, l, a, e: set it and go to the next person, so a roll call is one key a person.
  case set(Attendance)
  case clear
  /// Everyone not recorded yet is present.
  case restPresent
}

enum AttendanceKeys {
  static func bindings<Action>(
    _ prefix: String, _ state: AppState, empty: Bool, _ wrap: (AttendanceAction) -> Action
  ) -> [KeyBinding<Action>] {
    let m = state.strings.meetingScreen
    let refusal = state.readOnlyReason ?? (empty ? state.strings.listEmpty : nil)
    return [
      KeyBinding(
        prefix + ".present", [.character("p")], wrap(.set(.present)), m.keySetAttendance, .high,
        display: "p l a e", refusal: refusal),
      KeyBinding(
        prefix + ".late", [.character("l")], wrap(.set(.late)), m.keySetAttendance, .covered,
        refusal: refusal),
      KeyBinding(
        prefix + ".absent", [.character("a")], wrap(.set(.absent)), m.keySetAttendance, .covered,
        refusal: refusal),
      KeyBinding(
        prefix + ".excused", [.character("e")], wrap(.set(.excused)), m.keySetAttendance, .covered,
        refusal: refusal),
      KeyBinding(
        prefix + ".restPresent", [.character("P")], wrap(.restPresent), m.keyRestPresent, .high,
        refusal: refusal),
      KeyBinding(
        prefix + ".cycle", [.character(" "), .enter], wrap(.cycle), m.keyCycle, .low,
        display: "␣", refusal: refusal),
      KeyBinding(
        prefix + ".clear", [.character("-"), .backspace], wrap(.clear), m.keyClearAttendance,
        .helpOnly, display: "-", refusal: refusal),
    ]
  }
}

extension Reducer {
  /// Records attendance for `member` (or everyone not recorded) in a meeting; moves the
  /// selection on after p, l, a or e. Returns the effects and the new selection.
  static func recordAttendance(
    _ action: AttendanceAction, member: Member?, selection: Int, count: Int,
    meeting meetingID: UUID, community communityID: UUID, _ state: inout AppState
  ) -> (effects: [Effect], selection: Int) {
    let m = state.strings.meetingScreen
    guard var community = state.library.loaded[communityID],
      let meeting = community.meeting(withID: meetingID)
    else { return ([], selection) }
    if action == .restPresent {
      let marked = community.markUnrecordedPresent(at: meetingID)
      guard marked > 0 else {
        state.flash = m.everyoneRecorded
        return ([], selection)
      }
      let effects = change(&state, label: m.restMarkedPresent(marked)) { $0.put(community) }
      return (effects, selection)
    }
    guard let member else { return ([], selection) }
    let next: Attendance?
    var advance = false
    switch action {
    case .cycle: next = Attendance.next(after: meeting.attendance[member.id])
    case .set(let attendance): (next, advance) = (attendance, true)
    case .clear: next = nil
    case .restPresent: return ([], selection)
    }
    community.setAttendance(next, of: member.id, at: meetingID)
    let label = m.attendanceSet(
      member.name, next?.label(state.language) ?? m.notRecorded)
    let effects = change(&state, label: label) { $0.put(community) }
    // Recorded as it was already: say so, so the key is seen to work.
    if effects.isEmpty && !state.isReadOnly { state.flash = label.capitalizedFirst }
    let moved = advance && !state.isReadOnly ? min(selection + 1, count - 1) : selection
    return (effects, moved)
  }
}
