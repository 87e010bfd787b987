import CoachCore

/// How each member and each school takes part: a sparkline of the last meetings, attendance
/// over all meetings and the last three (excused kept apart from absent), agreements, a bar
/// per school, and a warning for anyone absent three meetings in a row. Every figure comes
/// from CoachCore's participation rules.
enum ParticipationView {
  static let sparklineLength = 8

  static func render(
    _ community: Community, _ screen: CommunityScreen, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let p = context.strings.participation
    let today = context.today
    guard !community.countedMeetings(today: today).isEmpty else {
      canvas.write("   " + p.noMeetingsYet, x: 0, y: area.y + 1, style: .dim, clip: area)
      return
    }
    let members = screen.visibleMembers(community)
    let rows = members.map { row($0, community, context) }
    let header = [
      context.strings.columnName, p.columnLastMeetings(sparklineLength), p.columnAll,
      p.columnLastThree, p.columnExcused, p.columnAbsent, p.columnAgreements,
    ]
    let columns = TableColumns(width: area.width - 4, rows: [header] + rows, keep: [1, 2, 3])
    var y = area.y
    canvas.write("   " + columns.line(header), x: 0, y: y, style: .heading, clip: area)
    y += 1
    let schools = community.attendanceBySchool(today: today)
    let warnings = community.membersAbsentThreeInARow(today: today)
    // The schools, the warnings and the legend keep their rows; the members scroll.
    let below = schools.count + 2 + warnings.count + 1
    let capacity = max(1, area.maxY - y - below)
    let first = ListWindow.firstVisible(
      selection: screen.memberSelection, count: members.count, capacity: capacity)
    for index in first..<min(members.count, first + capacity) {
      let selected = index == screen.memberSelection
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
      canvas.write(
        columns.line(rows[index]), x: 3, y: y, style: members[index].isActive ? .normal : .dim,
        clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
      }
      y += 1
    }
    y += 1
    canvas.write(" " + p.bySchool, x: 0, y: y, style: .heading, clip: area)
    y += 1
    let nameWidth = min(24, schools.map { DisplayWidth.width(of: $0.school) }.max() ?? 0)
    for (school, record) in schools where y < area.maxY {
      let name = DisplayWidth.fit(school.isEmpty ? p.noSchool : school, to: max(8, nameWidth))
      let count = community.members.filter { $0.school == school }.count
      let share = percent(record.attendancePercent)
      let line =
        "   \(name)  \(bar(record.attendancePercent, width: 20))  "
        + String(repeating: " ", count: max(0, 5 - DisplayWidth.width(of: share)))
        + share + "  " + p.teachers(count)
      canvas.write(line, x: 0, y: y, style: .normal, clip: area)
      y += 1
    }
    for member in warnings where y < area.maxY {
      canvas.write(
        "   "
          + p.absentThreeInARow(
            member.name, community.absenceStreak(of: member.id, today: today)),
        x: 0, y: y, style: .warning, clip: area)
      y += 1
    }
    if y < area.maxY { canvas.write("   " + p.legend, x: 0, y: y, style: .dim, clip: area) }
  }

  private static func row(_ member: Member, _ community: Community, _ context: CommunityContext)
    -> [String]
  {
    let today = context.today
    let all = community.attendanceRecord(of: member.id, today: today)
    let recent = community.attendanceRecord(of: member.id, today: today, last: 3)
    let marks = community.attendanceMarks(of: member.id, today: today, last: sparklineLength)
    return [
      member.name, sparkline(marks), percent(all.attendancePercent),
      percent(recent.attendancePercent), "\(all.excused)", "\(all.absent)",
      all.agreementsOwned == 0
        ? "—"
        : context.strings.participation.agreements(
          all.agreementsOwned, all.agreementsDone, all.agreementsCarriedOver),
    ]
  }

  /// One glyph per meeting, oldest first.
  static func sparkline(_ marks: [Attendance?]) -> String {
    marks.isEmpty
      ? "—"
      : String(
        marks.map { mark -> Character in
          switch mark {
          case .present?: "█"
          case .late?: "▆"
          case .excused?: "–"
          case .absent?: "▁"
          case nil: "·"
          }
        })
  }

  static func bar(_ percent: Int?, width: Int) -> String {
    let filled = ((percent ?? 0) * width + 50) / 100
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  static func percent(_ value: Int?) -> String { value.map { "\($0) %" } ?? "—" }
}
