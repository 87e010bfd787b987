import CoachCore
import Foundation

/// The attendance section's keys. Space or Enter cycles a member's state (not recorded →
/// present → late → absent → excused → not recorded); p, l, a and e set it directly and go
/// to the next member, so a roll call is one key per person; - clears it.
extension Reducer {
  static let attendanceCycle: [Attendance?] = [nil, .present, .late, .absent, .excused]

  static func handleAttendanceKey(
    _ key: Key, _ screen: MeetingScreen, _ rows: MeetingScreenRows, _ state: inout AppState
  ) -> [Effect] {
    let attendees = rows.attendees
    guard attendees.indices.contains(screen.selection) else { return [] }
    let member = attendees[screen.selection]
    let current = rows.meeting.attendance[member.id]
    let next: Attendance?
    var advance = false
    switch key {
    case .character(" "), .enter:
      let index = attendanceCycle.firstIndex(of: current) ?? 0
      next = attendanceCycle[(index + 1) % attendanceCycle.count]
    case .character("p"): (next, advance) = (.present, true)
    case .character("l"): (next, advance) = (.late, true)
    case .character("a"): (next, advance) = (.absent, true)
    case .character("e"): (next, advance) = (.excused, true)
    case .character("-"), .backspace: next = nil
    default: return []
    }
    let label = next?.label(state.language) ?? state.strings.meetingScreen.notRecorded
    let communityID = rows.community.id
    let meetingID = rows.meeting.id
    let effects = change(
      &state, label: state.strings.meetingScreen.attendanceSet(member.name, label)
    ) {
      guard var community = $0.loaded[communityID] else { return }
      community.setAttendance(next, of: member.id, at: meetingID)
      $0.put(community)
    }
    if advance && !state.isReadOnly {
      select(min(screen.selection + 1, attendees.count - 1), in: screen, &state)
    }
    return effects
  }
}
