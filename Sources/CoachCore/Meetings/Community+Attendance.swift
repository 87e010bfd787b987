import Foundation

extension Community {
  /// “Everyone else is here”: every member on the meeting's attendance list whose attendance
  /// is not recorded yet becomes present; those recorded keep what was recorded. Returns how
  /// many were marked.
  @discardableResult
  public mutating func markUnrecordedPresent(at meetingID: UUID) -> Int {
    guard let meeting = meeting(withID: meetingID) else { return 0 }
    let unrecorded = attendanceList(for: meeting).filter { meeting.attendance[$0.id] == nil }
    for member in unrecorded { setAttendance(.present, of: member.id, at: meetingID) }
    return unrecorded.count
  }
}
