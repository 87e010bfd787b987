import CoachCore

/// One meeting: a title line naming it, the sections as tabs, and the section's content.
enum MeetingScreenView {
  static func render(_ screen: MeetingScreen, _ context: CommunityContext, _ canvas: inout Canvas)
    -> Frame.Cursor?
  {
    let s = context.strings
    guard let rows = MeetingScreenRows(context.community, screen) else {
      Chrome.title(s.loading, right: "", row: 0, &canvas)
      return nil
    }
    let meeting = rows.meeting
    var date = context.dates.dayInYear(meeting.day, today: context.today)
    if let time = meeting.time { date += " " + time.text }
    var parts = [s.meetingScreen.meetingNumber(rows.number), rows.community.name, date]
    if !meeting.place.isEmpty { parts.append(meeting.place) }
    Chrome.title(parts.joined(separator: " · "), right: "", row: 0, &canvas)
    drawSections(screen.section, s.meetingScreen, &canvas)
    let phase = s.phaseShort(meeting.phase.number)
    let tabsEnd = tabsWidth(s.meetingScreen) + 2
    if tabsEnd + DisplayWidth.width(of: phase) + 1 < canvas.width {
      canvas.write(phase, x: canvas.width - DisplayWidth.width(of: phase) - 1, y: 1, style: .dim)
    }
    drawRoles(screen, rows, context, row: 2, &canvas)
    let body = Chrome.body(canvas)
    let area = Rect(x: 0, y: body.y + 2, width: body.width, height: body.height - 2)
    let selection = rows.selection(screen)
    let lines: [SectionLine]
    switch screen.section {
    case .agenda:
      lines = MeetingAgendaSection.lines(rows, selection: selection, context, area.width)
    case .attendance: lines = MeetingAttendanceSection.lines(rows, context, area.width)
    case .agreements: lines = MeetingAgreementsSection.lines(rows, context, area.width)
    case .notes: lines = MeetingNotesSection.lines(rows, from: selection, context, area.width)
    }
    SectionLines.draw(lines, selection: selection, in: area, &canvas)
    return nil
  }

  static func label(_ section: MeetingScreen.Section, _ m: MeetingScreenStrings) -> String {
    switch section {
    case .agenda: m.sectionAgenda
    case .attendance: m.sectionAttendance
    case .agreements: m.sectionAgreements
    case .notes: m.sectionNotes
    }
  }

  /// The roles under the tabs; without any, a dim hint naming the key that gives them.
  private static func drawRoles(
    _ screen: MeetingScreen, _ rows: MeetingScreenRows, _ context: CommunityContext, row: Int,
    _ canvas: inout Canvas
  ) {
    let clip = Rect(x: 1, y: row, width: max(0, canvas.width - 2), height: 1)
    if let parts = MeetingRolesLine.parts(
      rows.meeting, in: rows.community, context.language, fitting: clip.width)
    {
      MeetingRolesLine.draw(parts, x: clip.x, y: row, clip: clip, &canvas)
      return
    }
    let key = MeetingKeys.table(screen, rows, context).applying(context.env.keyOverrides)
      .bindings.first { $0.id == "meeting.roles" && $0.refusal == nil }?.keyText
    canvas.write(
      context.strings.meetingScreen.noRoles(key), x: clip.x, y: row, style: .dim, clip: clip)
  }

  private static func tabsWidth(_ m: MeetingScreenStrings) -> Int {
    MeetingScreen.Section.allCases.reduce(1) { $0 + DisplayWidth.width(of: label($1, m)) + 3 }
  }

  private static func drawSections(
    _ current: MeetingScreen.Section, _ m: MeetingScreenStrings, _ canvas: inout Canvas
  ) {
    var x = 1
    for section in MeetingScreen.Section.allCases {
      let name = label(section, m)
      let text = section == current ? "[" + name + "]" : " " + name + " "
      x += canvas.write(
        text, x: x, y: 1, style: section == current ? .tabActive : .tabInactive,
        bold: section == current)
      x += 1
    }
  }
}
