import CoachCore

/// The meetings of a community in date order: the past ones dimmed, with attendance and
/// the agreements each meeting has to follow up.
enum MeetingsTab {
  static func render(
    _ community: Community, _ screen: CommunityScreen, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let s = context.strings
    let m = s.meetings
    let timeline = community.timeline
    let meetings = timeline.ordered
    guard !meetings.isEmpty else {
      canvas.write("   " + m.none, x: 0, y: area.y + 1, style: .dim, clip: area)
      return
    }
    let reviews = community.openReviewCounts(timeline)
    let rows: [[String]] = meetings.enumerated().map { index, meeting in
      var date = context.dates.dayInYear(meeting.day, today: context.today)
      if let time = meeting.time { date += " " + time.text }
      let minutes = meeting.agenda.reduce(0) { $0 + $1.plannedMinutes }
      let count = community.attendanceCount(for: meeting)
      let attendance = meeting.attendance.isEmpty ? "—" : m.attended(count.attended, count.of)
      let review = reviews[meeting.id] ?? 0
      return [
        "\(index + 1)", date, meeting.place, m.agendaItems(meeting.agenda.count, minutes),
        attendance,
        review == 0 ? "" : m.toReview(review),
      ]
    }
    let header = [
      m.columnNumber, m.columnDate, m.columnPlace, m.columnAgenda, m.columnAttendance,
      m.columnReview,
    ]
    // The day and time are what the coach looks for: the place gives up room first.
    let columns = TableColumns(width: area.width - 3, rows: [header] + rows, keep: [1])
    var row = area.y
    canvas.write("   " + columns.line(header), x: 0, y: row, style: .heading, clip: area)
    row += 1
    let capacity = max(1, area.maxY - row)
    let first = ListWindow.firstVisible(
      selection: screen.meetingSelection, count: meetings.count, capacity: capacity)
    for offset in 0..<min(capacity, meetings.count - first) {
      let index = first + offset
      let selected = index == screen.meetingSelection
      let held = meetings[index].day < context.today
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: row, style: .accent, bold: true, clip: area)
      canvas.write(
        columns.line(rows[index]), x: 3, y: row, style: held ? .dim : .normal, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: row, width: area.width, height: 1), style: .selection)
      }
      row += 1
    }
  }
}
