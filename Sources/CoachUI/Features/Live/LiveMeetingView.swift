import CoachCore
import Foundation

/// The meeting on the projector, read from the back of the room: the clock in the title
/// line, the agenda with the current item highlighted, then what was said and decided on
/// it. Few words, big structure; an overrun is shown in the warning style and in words,
/// because projectors wash colours out.
enum LiveMeetingView {
  static func render(
    _ screen: LiveMeetingScreen, _ context: CommunityContext, _ canvas: inout Canvas
  ) -> Frame.Cursor? {
    let community = context.community
    guard let meeting = community.meeting(withID: screen.meetingID) else { return nil }
    title(community, meeting, context, &canvas)
    let body = Chrome.body(canvas)
    var left = body
    if screen.showsAttendance {
      let panelWidth = min(38, max(22, body.width * 2 / 5))
      left.width = max(0, body.width - panelWidth - 1)
      let panel = Rect(x: left.maxX + 1, y: body.y, width: panelWidth, height: body.height)
      for y in body.y..<body.maxY {
        canvas.write("│", x: left.maxX, y: y, style: .border)
      }
      LiveAttendancePanel.render(community, meeting, screen, context, panel, &canvas)
    }
    let current = meeting.liveItemIndex
    let (agendaBottom, tableEdge) = agenda(meeting, current: current, context, left, &canvas)
    roles(meeting, community, context, left, &canvas)
    let rest = Rect(
      x: left.x, y: agendaBottom + 1, width: left.width, height: left.maxY - agendaBottom - 1)
    LiveItemBlock.render(
      community, meeting, current: current, timerEdge: tableEdge, context, rest, &canvas)
    return nil
  }

  /// “Bijeenkomst 3 · VLG Handel Kempen · di 8 dec” and “⏱ 0:47 / 1:05” on the right.
  private static func title(
    _ community: Community, _ meeting: Meeting, _ context: CommunityContext, _ canvas: inout Canvas
  ) {
    let s = context.strings.live
    let number = community.meetingNumber(meeting.id) ?? 0
    let day = context.dates.dayInYear(meeting.day, today: context.today)
    let elapsed = meeting.secondsElapsed(now: context.now)
    let planned = meeting.plannedMinutes
    // In words, not 0:47: a clock-like “0:47 / 1:05” reads as seconds on a projector.
    let clock =
      "⏱ " + duration(elapsed, s) + " / " + duration(TimeInterval(planned * 60), s)
    Chrome.title(s.title(number, community.name, day), right: clock, row: 0, &canvas)
    let clockWidth = DisplayWidth.width(of: clock)
    if elapsed > TimeInterval(planned * 60), clockWidth + 2 < canvas.width {
      canvas.write(
        clock, x: canvas.width - clockWidth - 1, y: 0, style: .warning, bold: true)
    }
  }

  /// The agenda rows; returns the row below the last one drawn and the column where the
  /// table ends (the current item's timer lines up with it).
  private static func agenda(
    _ meeting: Meeting, current: Int, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) -> (bottom: Int, edge: Int) {
    let s = context.strings.live
    var row = area.y
    canvas.write(" " + s.agenda, x: area.x, y: row, style: .heading, bold: true, clip: area)
    row += 1
    let items = meeting.agenda
    guard !items.isEmpty else { return (row, area.maxX) }
    // The agenda takes at most three fifths of the room; the current item's notes the rest.
    let capacity = max(1, min(items.count, (area.height - 1) * 3 / 5))
    let first = ListWindow.firstVisible(
      selection: min(current + 1, items.count - 1), count: items.count, capacity: capacity)
    let numberWidth = String(items.count).count
    let spentWidth = 9
    let plannedWidth = 5
    // The columns stay next to the titles: on a wide screen the eye should not travel.
    let widest = items.map { DisplayWidth.width(of: $0.title) }.max() ?? 1
    let titleWidth = max(
      1, min(widest + 1, area.width - 3 - numberWidth - 1 - plannedWidth - 2 - spentWidth))
    for index in first..<min(items.count, first + capacity) {
      let item = items[index]
      let isCurrent = index == current
      let number =
        String(repeating: " ", count: numberWidth - String(index + 1).count)
        + String(index + 1)
      let planned = "\(item.plannedMinutes)′"
      let text =
        (isCurrent ? " ▸ " : "   ") + number + " " + DisplayWidth.fit(item.title, to: titleWidth)
        + String(repeating: " ", count: max(0, plannedWidth - DisplayWidth.width(of: planned)))
        + planned + "  "
      let style: StyleRole = isCurrent ? .selection : (item.isDone ? .dim : .normal)
      if isCurrent {
        canvas.fill(Rect(x: area.x, y: row, width: area.width, height: 1), style: .selection)
      }
      let used = canvas.write(text, x: area.x, y: row, style: style, bold: isCurrent, clip: area)
      let spent = spentText(item, now: context.now)
      let over = isCurrent && isOverrun(item, now: context.now)
      canvas.write(
        spent, x: area.x + used, y: row, style: over ? .warning : style, bold: isCurrent || over,
        clip: area)
      row += 1
    }
    let edge = area.x + 3 + numberWidth + 1 + titleWidth + plannedWidth + 2 + spentWidth
    return (row, min(area.maxX - 1, edge))
  }

  /// “✓ 18′” for a done item, “▶ 12:07” (ticking) for the running one.
  static func spentText(_ item: AgendaItem, now: Date) -> String {
    guard let seconds = item.secondsSpent(now: now) else { return "" }
    if item.isRunning { return "▶ " + minutesSeconds(seconds) }
    return "✓ \(Int(seconds) / 60)′"
  }

  /// Running past its planned time: from the first second over, the room should see it.
  static func isOverrun(_ item: AgendaItem, now: Date) -> Bool {
    guard let seconds = item.secondsSpent(now: now) else { return false }
    return seconds > TimeInterval(item.plannedMinutes * 60)
  }

  /// “47 min”, “1 h 05” (“1 u 05” in Dutch): whole minutes.
  static func duration(_ seconds: TimeInterval, _ s: LiveStrings) -> String {
    let minutes = Int(max(0, seconds)) / 60
    return s.duration(minutes / 60, minutes % 60)
  }

  static func minutesSeconds(_ seconds: TimeInterval) -> String {
    let whole = Int(max(0, seconds))
    let rest = whole % 60
    return "\(whole / 60):" + (rest < 10 ? "0" : "") + "\(rest)"
  }
}
