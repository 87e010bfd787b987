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
    _ prefix: String, _ context: some ScreenContext, empty: Bool,
    _ wrap: (AttendanceAction) -> Action
  ) -> [KeyBinding<Action>] {
    let m = context.strings.meetingScreen
    let refusal = context.readOnlyReason ?? (empty ? context.strings.listEmpty : nil)
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

extension AttendanceAction {
  /// Records attendance for `member` (or everyone not recorded) in a meeting; after p, l, a
  /// or e the selection moves on. Returns what to save and the new selection.
  func record(
    member: Member?, selection: Int, count: Int, meeting meetingID: UUID,
    _ context: CommunityContext
  ) -> (commands: [ScreenCommand], selection: Int) {
    let m = context.strings.meetingScreen
    var community = context.community
    guard let meeting = community.meeting(withID: meetingID) else { return ([], selection) }
    if self == .restPresent {
      let marked = community.markUnrecordedPresent(at: meetingID)
      guard marked > 0 else { return ([.flash(m.everyoneRecorded)], selection) }
      return ([.save(community, label: m.restMarkedPresent(marked))], selection)
    }
    guard let member else { return ([], selection) }
    let next: Attendance?
    var advance = false
    switch self {
    case .cycle: next = Attendance.next(after: meeting.attendance[member.id])
    case .set(let attendance): (next, advance) = (attendance, true)
    case .clear: next = nil
    case .restPresent: return ([], selection)
    }
    let label = m.attendanceSet(member.name, next?.label(context.language) ?? m.notRecorded)
    let moved = advance ? min(selection + 1, count - 1) : selection
    // Recorded as it was already: say so, so the key is seen to work.
    if meeting.attendance[member.id] == next { return ([.flash(label.capitalizedFirst)], moved) }
    community.setAttendance(next, of: member.id, at: meetingID)
    return ([.save(community, label: label)], moved)
  }
}
