import Foundation

extension Community {
  /// The meetings that count for taking part: held by `today` (or run) and with attendance
  /// taken, in order; the last `limit` of them when given. A meeting where nobody's
  /// attendance was recorded says nothing about anyone.
  public func countedMeetings(today: CalendarDay, last limit: Int? = nil) -> [Meeting] {
    let counted = meetingsInOrder.filter {
      ($0.isHeld(by: today) || $0.hasStarted) && !$0.attendance.isEmpty
    }
    return limit.map { Array(counted.suffix(max(0, $0))) } ?? counted
  }

  /// One member's record over the counted meetings (all, or the last `limit`).
  public func attendanceRecord(of memberID: UUID, today: CalendarDay, last limit: Int? = nil)
    -> AttendanceRecord
  {
    var record = AttendanceRecord()
    for meeting in countedMeetings(today: today, last: limit)
    where isOnAttendanceList(memberID, of: meeting) {
      record.expected += 1
      switch meeting.attendance[memberID] {
      case .present?: record.attended += 1
      case .late?:
        record.attended += 1
        record.late += 1
      case .excused?: record.excused += 1
      case .absent?: record.absent += 1
      case nil: record.unrecorded += 1
      }
    }
    for agreement in agreements where agreement.owners.contains(memberID) {
      record.agreementsOwned += 1
      if status(of: agreement) == .done { record.agreementsDone += 1 }
      if timesCarriedOver(agreement, today: today) > 0 { record.agreementsCarriedOver += 1 }
    }
    return record
  }

  /// What was recorded for a member at each counted meeting they were on the list of (the
  /// last `limit`), oldest first; nil where nothing was marked. The data of a sparkline.
  public func attendanceMarks(of memberID: UUID, today: CalendarDay, last limit: Int)
    -> [Attendance?]
  {
    let marks = countedMeetings(today: today)
      .filter { isOnAttendanceList(memberID, of: $0) }
      .map { $0.attendance[memberID] }
    return Array(marks.suffix(max(0, limit)))
  }

  /// The records of each school's members added together, schools by name; members without
  /// a school under "".
  public func attendanceBySchool(today: CalendarDay, last limit: Int? = nil)
    -> [(school: String, record: AttendanceRecord)]
  {
    var bySchool: [String: AttendanceRecord] = [:]
    for member in members {
      bySchool[member.school, default: AttendanceRecord()] =
        bySchool[member.school, default: AttendanceRecord()]
        + attendanceRecord(of: member.id, today: today, last: limit)
    }
    return bySchool.keys.sorted(by: NameOrder.ascending).map { ($0, bySchool[$0] ?? .init()) }
  }

  /// How many counted meetings in a row, up to the latest, the member was absent (excused
  /// and unrecorded break the row: the coach knows why, or does not know).
  public func absenceStreak(of memberID: UUID, today: CalendarDay) -> Int {
    var streak = 0
    for meeting in countedMeetings(today: today).reversed()
    where isOnAttendanceList(memberID, of: meeting) {
      guard meeting.attendance[memberID] == .absent else { break }
      streak += 1
    }
    return streak
  }

  /// Active members absent from the last three counted meetings or more: worth a word.
  public func membersAbsentThreeInARow(today: CalendarDay) -> [Member] {
    activeMembers.filter { absenceStreak(of: $0.id, today: today) >= 3 }
  }
}
