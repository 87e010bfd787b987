import CoachCore

/// The meetings of a community in date order: the past ones dimmed, with attendance and
/// the agreements each meeting has to follow up.
enum MeetingsTab {
  static func render(
    _ community: Community, _ screen: CommunityScreen, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let key = MeetingsTabLines.Key(
      community: community, language: context.language, dates: context.dates,
      today: context.today, width: area.width)
    let lines = screen.meetingLines.value(for: key) { MeetingsTabLines(key, context.strings) }
    guard !lines.rows.isEmpty else {
      canvas.write(
        "   " + context.strings.meetings.none, x: 0, y: area.y + 1, style: .dim, clip: area)
      return
    }
    var row = area.y
    canvas.write("   " + lines.header, x: 0, y: row, style: .heading, clip: area)
    row += 1
    let capacity = max(1, area.maxY - row)
    let first = ListWindow.firstVisible(
      selection: screen.meetingSelection, count: lines.rows.count, capacity: capacity)
    for offset in 0..<min(capacity, lines.rows.count - first) {
      let index = first + offset
      let selected = index == screen.meetingSelection
      let line = lines.rows[index]
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: row, style: .accent, bold: true, clip: area)
      canvas.write(line.text, x: 3, y: row, style: line.held ? .dim : .normal, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: row, width: area.width, height: 1), style: .selection)
      }
      row += 1
    }
  }
}

/// The meetings tab's lines, laid out once per change of the community, the day, the
/// language or the width (see `ViewMemo`): forty meetings' dates, attendance and reviews
/// fitted to columns took most of a frame at 200 columns.
struct MeetingsTabLines: Sendable {
  struct Key: Equatable, Sendable {
    let community: Community
    let language: Language
    let dates: DateText
    let today: CalendarDay
    let width: Int
  }

  struct Row: Sendable {
    let text: String
    /// Held meetings are dimmed.
    let held: Bool
  }

  let header: String
  let rows: [Row]

  init(_ key: Key, _ s: UIStrings) {
    let m = s.meetings
    let community = key.community
    let timeline = community.timeline
    let meetings = timeline.ordered
    let reviews = community.openReviewCounts(timeline)
    let cells: [[String]] = meetings.enumerated().map { index, meeting in
      var date = key.dates.dayInYear(meeting.day, today: key.today)
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
    let columns = TableColumns(width: key.width - 3, rows: [header] + cells, keep: [1])
    self.header = columns.line(header)
    rows = zip(meetings, cells).map { meeting, cells in
      Row(text: columns.line(cells), held: meeting.day < key.today)
    }
  }
}
