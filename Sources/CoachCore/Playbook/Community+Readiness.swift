/// The readiness check: what in the data speaks against moving on to `target`. Each rule
/// comes from DOMAIN.md and uses the rules the rest of the program uses (commitment,
/// the 4–6 advice, participation, carry-over, meetings held).
extension Community {
  /// The attendance share under which the last meetings speak against moving on.
  public static let readinessAttendancePercent = 70
  /// Without a meeting for this long a group is not working steadily.
  public static let readinessMeetingGapDays = 42

  public func readinessSignals(movingTo target: Phase, today: CalendarDay) -> [ReadinessSignal] {
    guard target > phase else { return [] }
    var signals: [ReadinessSignal] = []
    if target >= .chooseThemes {
      let without = activeMembers.filter { $0.committedOn == nil && $0.role == .teacher }
      if !without.isEmpty { signals.append(.withoutCommitment(without.map(\.name))) }
    }
    if target >= .discussAndDevelop {
      if themes.isEmpty { signals.append(.noThemes) }
      for theme in themes {
        if sizeAdvice(of: theme) != nil {
          let teachers = theme.members.filter { member(withID: $0)?.isActive == true }.count
          signals.append(.themeSize(title: theme.title, teachers: teachers))
        }
      }
    }
    if let percent = recentAttendancePercent(today: today),
      percent < Self.readinessAttendancePercent
    {
      signals.append(.lowAttendance(percent: percent))
    }
    let carried = agreements.filter { !$0.isClosed && timesCarriedOver($0, today: today) >= 2 }
    if !carried.isEmpty { signals.append(.carriedOverTwice(carried.map(\.number).sorted())) }
    if target >= .chooseThemes {
      let last = meetingsInOrder.last { $0.isHeld(by: today) }?.day
      let limit = today.adding(days: -Self.readinessMeetingGapDays)
      let recent = last.flatMap { day in limit.map { day >= $0 } } ?? false
      if !recent { signals.append(.noRecentMeeting(last: last)) }
    }
    return signals
  }

  /// Attendance of everyone over the last three meetings with attendance taken, in percent.
  func recentAttendancePercent(today: CalendarDay) -> Int? {
    members.map { attendanceRecord(of: $0.id, today: today, last: 3) }
      .reduce(AttendanceRecord(), +).attendancePercent
  }
}
