import CoachCore

/// Who was at the meeting: every active member and anyone recorded, with a summary.
enum MeetingAttendanceSection {
  static func lines(_ rows: MeetingScreenRows, _ context: CommunityContext, _ width: Int)
    -> [SectionLine]
  {
    let m = context.strings.meetingScreen
    let attendees = rows.attendees
    guard !attendees.isEmpty else { return [.blank, .message(m.noMembers)] }
    let attendance = rows.meeting.attendance
    let count = rows.community.attendanceCount(for: rows.meeting)
    var lines: [SectionLine] = [.heading(m.presentSummary(count.attended, count.of))]
    let cells = attendees.map { member in
      let recorded = attendance[member.id]
      return [
        recorded.mark.text, member.name, member.school,
        recorded?.label(context.language) ?? m.notRecorded,
      ]
    }
    let columns = TableColumns(width: width - 4, rows: cells)
    for (index, member) in attendees.enumerated() {
      let recorded = attendance[member.id]
      lines.append(
        SectionLine(
          text: columns.line(cells[index]), style: recorded == nil ? .dim : .normal, row: index))
    }
    // The keys in words under the list: the coach takes the roll with them, maybe on a
    // projector, and should not need the help screen for it.
    lines.append(.blank)
    for line in DisplayWidth.wrap(m.attendanceLegend, to: max(1, width - 4)) {
      lines.append(SectionLine(text: "   " + line, style: .dim))
    }
    return lines
  }
}
