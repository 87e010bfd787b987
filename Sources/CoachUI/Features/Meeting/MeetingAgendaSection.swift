import CoachCore

/// The agenda of a meeting: the items with planned and spent minutes and who presents,
/// markers on the review and new-agreements items, the total against the meeting's time,
/// and the notes and decisions of the selected item.
enum MeetingAgendaSection {
  static func lines(
    _ rows: MeetingScreenRows, selection: Int, _ context: CommunityContext, _ width: Int
  ) -> [SectionLine] {
    let m = context.strings.meetingScreen
    let agenda = rows.meeting.agenda
    guard !agenda.isEmpty else { return [.blank, .message(m.noAgenda)] }
    let toReview = rows.reviewed.filter { !$0.isClosed }.count
    // Spent and presenter only when some item has them: empty columns would cut the titles.
    let showsSpent = agenda.contains { $0.startedAt != nil }
    let showsPresenter = agenda.contains { !$0.presenter.isEmpty }
    func columns(_ item: AgendaItem, _ number: String, _ planned: String, _ marker: String)
      -> [String]
    {
      var cells = [number, item.title, planned]
      if showsSpent { cells.append(spent(item, context)) }
      if showsPresenter { cells.append(item.presenter) }
      return cells + [marker]
    }
    let cells: [[String]] = agenda.enumerated().map { index, item in
      var marker = ""
      switch item.role {
      case .agreementReview: marker = m.reviewMarker(toReview)
      case .newAgreements: marker = m.newAgreementsMarker(rows.made.count)
      case .regular: break
      }
      return columns(item, "\(index + 1)", "\(item.plannedMinutes)′", marker)
    }
    var header = ["", m.columnItem, m.columnPlanned]
    if showsSpent { header.append(m.columnSpent) }
    if showsPresenter { header.append(m.columnPresenter) }
    header.append("")
    let table = TableColumns(width: width - 4, rows: [header] + cells)
    var lines = [SectionLine(text: "   " + table.line(header), style: .heading)]
    for (index, row) in cells.enumerated() {
      lines.append(SectionLine(text: table.line(row), row: index))
    }
    lines += [.blank, SectionLine(text: " " + total(rows.meeting, context), style: .accent)]
    if agenda.indices.contains(selection) {
      lines += details(agenda[selection], number: selection + 1, m, width)
    }
    return lines
  }

  /// “✓ 4′” once the live mode closed the item, “▶ 12′” while it runs.
  private static func spent(_ item: AgendaItem, _ context: CommunityContext) -> String {
    guard let minutes = item.minutesSpent(now: context.now) else { return "" }
    return (item.endedAt == nil ? "▶ " : "✓ ") + "\(minutes)′"
  }

  /// The planned minutes together, and when the meeting ends if it keeps to them.
  private static func total(_ meeting: Meeting, _ context: CommunityContext) -> String {
    let m = context.strings.meetingScreen
    let planned = meeting.agenda.reduce(0) { $0 + $1.plannedMinutes }
    var parts = [m.totalPlanned(planned)]
    if let start = meeting.time {
      let minutes = (start.hour * 60 + start.minute + planned) % (24 * 60)
      if let end = TimeOfDay(hour: minutes / 60, minute: minutes % 60) {
        parts.append(m.endsAround(start.text, end.text))
      }
    }
    let spent = meeting.agenda.compactMap { $0.minutesSpent(now: context.now) }
    if !spent.isEmpty { parts.append(m.totalSpent(spent.reduce(0, +))) }
    return parts.joined(separator: " · ")
  }

  private static func details(
    _ item: AgendaItem, number: Int, _ m: MeetingScreenStrings, _ width: Int
  ) -> [SectionLine] {
    guard !item.notes.isEmpty || !item.decisions.isEmpty else { return [] }
    var lines: [SectionLine] = [.blank, .heading("\(number) · " + item.title)]
    for paragraph in item.notes.split(separator: "\n", omittingEmptySubsequences: false) {
      for line in DisplayWidth.wrap(String(paragraph), to: max(1, width - 4)) {
        lines.append(SectionLine(text: "   " + line))
      }
    }
    if !item.decisions.isEmpty {
      lines.append(SectionLine(text: "   " + m.itemDecisions, style: .dim))
      for decision in item.decisions {
        for (index, line) in DisplayWidth.wrap(decision, to: max(1, width - 6)).enumerated() {
          lines.append(SectionLine(text: (index == 0 ? "   • " : "     ") + line))
        }
      }
    }
    return lines
  }
}
