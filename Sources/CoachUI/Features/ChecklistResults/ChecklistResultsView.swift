import CoachCore

/// The rounds, newest first (checklist, day, meeting, answers or anonymous), or one round in
/// full, scrolled; a calm sentence when no teacher has answered yet.
enum ChecklistResultsView {
  /// Rows for the open round's lines: the body less its heading line and the blank under it.
  static func roundCapacity(height: Int) -> Int { max(1, height - 3 - 2) }

  static func render(
    _ screen: ChecklistResultsScreen, _ context: CommunityContext, _ canvas: inout Canvas
  ) {
    let c = ChecklistResultsStrings.of(context.language)
    let community = context.community
    Chrome.title(c.title, right: community.name, row: 0, &canvas)
    let body = Chrome.body(canvas)
    if let round = screen.openRound(community) {
      renderRound(round, screen, context, body, &canvas)
      return
    }
    let rounds = ChecklistResultsScreen.rounds(community)
    let area = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1)
    guard !rounds.isEmpty else {
      var y = area.y
      for line in DisplayWidth.wrap(c.empty, to: max(10, area.width - 6)) {
        canvas.write("   " + line, x: 0, y: y, style: .dim, clip: area)
        y += 1
      }
      return
    }
    let capacity = max(1, area.height)
    let first = ListWindow.firstVisible(
      selection: screen.selection, count: rounds.count, capacity: capacity)
    var y = area.y
    for (index, round) in rounds.enumerated().dropFirst(first).prefix(capacity) {
      let selected = index == screen.selection
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
      let right = facts(round, community, context, c)
      let rightWidth = DisplayWidth.width(of: right)
      let titleWidth = max(0, area.width - 4 - rightWidth - 2)
      canvas.write(
        DisplayWidth.truncate(round.template.title(context.language), to: titleWidth), x: 3, y: y,
        clip: area)
      canvas.write(right, x: max(3, area.width - 1 - rightWidth), y: y, style: .dim, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
      }
      y += 1
    }
  }

  /// "13 nov 2026 · bijeenkomst 2 · 4 antwoorden" (or "anoniem" after the count).
  static func facts(
    _ round: ChecklistRound, _ community: Community, _ context: CommunityContext,
    _ c: ChecklistResultsStrings
  ) -> String {
    var parts = [context.dates.shortDay(round.day)]
    if let number = round.meetingID.flatMap({ community.meetingNumber($0) }) {
      parts.append(c.meeting(number))
    }
    parts.append(c.answers(round.responses.count))
    if round.anonymous { parts.append(c.anonymous) }
    return parts.joined(separator: " · ")
  }

  private static func renderRound(
    _ round: ChecklistRound, _ screen: ChecklistResultsScreen, _ context: CommunityContext,
    _ body: Rect, _ canvas: inout Canvas
  ) {
    let c = ChecklistResultsStrings.of(context.language)
    let heading =
      round.template.title(context.language) + " · " + facts(round, context.community, context, c)
    canvas.write(
      " " + DisplayWidth.truncate(heading, to: body.width - 2), x: 0, y: body.y + 1,
      style: .title, clip: body)
    let area = Rect(x: 0, y: body.y + 2, width: body.width, height: body.height - 2)
    let lines = ChecklistResultsLines.round(round, context, width: body.width)
    var y = area.y
    for line in lines.dropFirst(screen.scroll).prefix(max(0, area.height)) {
      canvas.write(
        DisplayWidth.truncate(line.text, to: area.width - 2), x: 0, y: y, style: line.style,
        clip: area)
      y += 1
    }
    // Arrows in the margin say there is more above or below (↑↓ scroll).
    if screen.scroll > 0 {
      canvas.write("↑", x: area.maxX - 1, y: area.y, style: .dim, clip: area)
    }
    if lines.count > screen.scroll + area.height {
      canvas.write("↓", x: area.maxX - 1, y: area.maxY - 1, style: .dim, clip: area)
    }
  }
}
