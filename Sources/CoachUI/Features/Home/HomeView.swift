import CoachCore

/// The communities the coach follows, with their phase and size.
enum HomeView {
  static func render(_ screen: HomeScreen, _ context: LibraryContext, _ canvas: inout Canvas)
    -> Frame.Cursor?
  {
    let s = context.strings
    Chrome.title(
      "vlgcoach · " + s.communities, right: context.dates.day(context.today), row: 0, &canvas)
    let body = Chrome.body(canvas)
    let top = body.y + 1
    let visible = screen.visible(context)
    let area = Rect(x: 0, y: top, width: canvas.width, height: body.maxY - top)
    if visible.isEmpty {
      for (offset, line) in DisplayWidth.wrap(s.noCommunities, to: canvas.width - 6).enumerated() {
        canvas.write(line, x: 3, y: area.y + 1 + offset, style: .dim, clip: area)
      }
      return nil
    }
    let capacity = max(1, area.height / 2)
    let first = ListWindow.firstVisible(
      selection: screen.selection, count: visible.count, capacity: capacity)
    for (offset, summary) in visible.dropFirst(first).prefix(capacity).enumerated() {
      let row = area.y + offset * 2
      drawRow(summary, selected: first + offset == screen.selection, row: row, context, &canvas)
    }
    return nil
  }

  private static func drawRow(
    _ summary: CommunitySummary, selected: Bool, row: Int, _ context: LibraryContext,
    _ canvas: inout Canvas
  ) {
    let s = context.strings
    let width = canvas.width
    let members = s.memberCount(summary.memberCount)
    let phaseName = summary.phase.guide.shortName(context.language)
    let phase =
      s.phaseShort(summary.phase.number) + " " + PhaseMeter.text(summary.phase) + " " + phaseName
    let membersWidth = 11
    let phaseWidth = min(32, max(0, width - 30))
    let nameWidth = max(8, width - 4 - phaseWidth - membersWidth - 2)
    canvas.write(selected ? " ▸ " : "   ", x: 0, y: row, style: .accent, bold: true)
    let name = DisplayWidth.truncate(summary.name, to: nameWidth)
    canvas.write(name, x: 3, y: row, bold: true)
    canvas.write(
      DisplayWidth.truncate(phase, to: phaseWidth), x: 4 + nameWidth, y: row, style: .accent)
    let membersX = width - 1 - DisplayWidth.width(of: members)
    canvas.write(members, x: membersX, y: row, style: .normal)
    var details: [String] = []
    if !summary.subject.isEmpty { details.append(summary.subject) }
    if let next = summary.nextMeeting(today: context.today) {
      let when =
        context.dates.dayInYear(next.day, today: context.today)
        + (next.time.map { " " + $0.text } ?? "")
      details.append(s.followUp.nextMeeting(when))
    } else {
      details.append(s.followUp.noMeetingPlanned)
    }
    if summary.openAgreements > 0 {
      details.append(
        s.followUp.summary(summary.openAgreements, summary.overdueAgreements(today: context.today)))
    }
    // What comes next matters more than the subject: on a narrow line the subject goes first.
    if !summary.subject.isEmpty && details.count > 1
      && DisplayWidth.width(of: details.joined(separator: " · ")) > width - 6
    {
      details.removeFirst()
    }
    canvas.write(
      DisplayWidth.truncate(details.joined(separator: " · "), to: width - 6), x: 5, y: row + 1,
      style: .dim)
    // The marker and the name, not the whole two rows: a move then rewrites two names, not
    // four lines of the screen (a few dozen bytes instead of hundreds over a slow link).
    if selected {
      let span = min(width, 3 + DisplayWidth.width(of: name) + 1)
      canvas.restyle(Rect(x: 0, y: row, width: span, height: 1), style: .selection)
    }
  }
}
