import CoachCore

/// The live meeting's side panel: “Aanwezig 6 van 7” and one row per member with a mark
/// (✓ there, ✗ absent, – excused, · not recorded yet) and, unless present, the word for it.
enum LiveAttendancePanel {
  static func render(
    _ community: Community, _ meeting: Meeting, _ screen: LiveMeetingScreen,
    _ context: CommunityContext,
    _ area: Rect, _ canvas: inout Canvas
  ) {
    guard area.height > 0, area.width > 2 else { return }
    let s = context.strings.live
    let members = community.attendanceList(for: meeting)
    let count = community.attendanceCount(for: meeting)
    canvas.write(
      " " + s.attendance(count.attended, count.of), x: area.x, y: area.y, style: .heading,
      bold: true, clip: area)
    let capacity = area.height - 1
    guard capacity > 0, !members.isEmpty else { return }
    let first = ListWindow.firstVisible(
      selection: screen.attendanceSelection, count: members.count, capacity: capacity)
    var row = area.y + 1
    for index in first..<min(members.count, first + capacity) {
      let member = members[index]
      let attendance = meeting.attendance[member.id]
      let selected = index == screen.attendanceSelection
      if selected {
        canvas.fill(Rect(x: area.x, y: row, width: area.width, height: 1), style: .selection)
      }
      let (mark, markStyle) = attendance.mark
      let x = area.x + 1
      canvas.write(
        mark, x: x, y: row, style: selected ? .selection : markStyle, bold: true, clip: area)
      let word = attendance.flatMap { $0 == .present ? nil : $0.label(context.language) }
      var wordText = word.map { " (" + $0 + ")" } ?? ""
      // The name matters more than the word: on a narrow panel the word gives way first.
      let room = max(1, area.maxX - x - 2)
      let nameWidth = DisplayWidth.width(of: member.name)
      let nameRoom = max(min(nameWidth, room * 2 / 3), room - DisplayWidth.width(of: wordText))
      let used = canvas.write(
        " " + DisplayWidth.truncate(member.name, to: nameRoom), x: x + 1, y: row,
        style: selected ? .selection : .normal, bold: selected, clip: area)
      wordText = DisplayWidth.truncate(wordText, to: max(0, area.maxX - x - 1 - used))
      canvas.write(
        wordText, x: x + 1 + used, y: row, style: selected ? .selection : .dim, clip: area)
      row += 1
    }
  }
}
