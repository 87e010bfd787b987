import CoachCore
import Foundation

/// Under the live agenda: the current item's name and timer, then its notes and decisions,
/// and the agreements that belong to it (the review item lists those to follow up, the
/// agreements item those made today). The newest lines stay in view when room runs out,
/// because that is what the coach just typed and the group wants to check.
enum LiveItemBlock {
  static func render(
    _ community: Community, _ meeting: Meeting, current: Int, timerEdge: Int,
    _ context: CommunityContext,
    _ area: Rect, _ canvas: inout Canvas
  ) {
    let s = context.strings.live
    guard area.height > 0 else { return }
    guard meeting.agenda.indices.contains(current) else {
      let text = meeting.agenda.isEmpty ? s.noAgenda : s.meetingEnded
      canvas.write(
        " " + text, x: area.x, y: area.y, style: meeting.agenda.isEmpty ? .dim : .success,
        bold: true, clip: area)
      return
    }
    let item = meeting.agenda[current]
    heading(
      item, name: LiveMeetingScreen.itemName(meeting, current), timerEdge: timerEdge, context, area,
      &canvas)
    let textWidth = max(1, area.width - 3)
    var lines: [(text: String, style: StyleRole)] = []
    for note in item.notes.split(separator: "\n") {
      lines += DisplayWidth.wrap(String(note), to: textWidth).map { ($0, .normal) }
    }
    for decision in item.decisions {
      lines += DisplayWidth.wrap(s.decision + ": " + decision, to: textWidth).map { ($0, .accent) }
    }
    for line in madeUnderLines(community, item, context) {
      lines += DisplayWidth.wrap(line, to: textWidth).map { ($0, .accent) }
    }
    for line in agreementLines(community, meeting, item, context) {
      lines += DisplayWidth.wrap(line, to: textWidth).map { ($0, .normal) }
    }
    if lines.isEmpty { lines = [(s.noNotesYet, .dim)] }
    // A protocol's step stays in view under the heading, whatever is typed below it.
    var top = area.y + 1
    if let step = protocolLine(item, context), area.height > 2 {
      canvas.write(
        "   " + DisplayWidth.truncate(step, to: textWidth), x: area.x, y: top, style: .accent,
        bold: true, clip: area)
      top += 1
    }
    let room = area.maxY - top
    if lines.count > room, room > 0 { lines = [("…", .dim)] + lines.suffix(room - 1) }
    for (offset, line) in lines.prefix(max(0, room)).enumerated() {
      canvas.write("   " + line.text, x: area.x, y: top + offset, style: line.style, clip: area)
    }
  }

  /// The protocol's step now, for an item that runs one and has started.
  static func protocolLine(_ item: AgendaItem, _ context: CommunityContext) -> String? {
    let own = context.env.customProtocols
    guard let method = item.discussionProtocol(among: own), item.startedAt != nil,
      item.endedAt == nil
    else { return nil }
    let s = context.strings.live
    guard let now = item.protocolStep(now: context.now, among: own) else {
      return s.protocolDone
    }
    let step = method.steps[now.index]
    return s.protocolStep(
      now.index + 1, method.steps.count, step.title(context.language), step.who(context.language),
      now.minutesLeft)
  }

  /// “3 · Casus boekhouding” on the left; “12:07 / 30′” on the right, with “4′ over tijd”
  /// in the warning style once the item runs over.
  private static func heading(
    _ item: AgendaItem, name: String, timerEdge: Int, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let s = context.strings.live
    var timer = ""
    if let seconds = item.secondsSpent(now: context.now) {
      timer = LiveMeetingView.minutesSeconds(seconds) + " / \(item.plannedMinutes)′"
    }
    let over = (item.minutesSpent(now: context.now) ?? 0) - item.plannedMinutes
    let overrun = LiveMeetingView.isOverrun(item, now: context.now) ? s.overrun(over) : ""
    let right = overrun.isEmpty ? timer : timer + " · " + overrun
    let rightWidth = DisplayWidth.width(of: right)
    // The timer lines up with the agenda's minutes, unless the name needs the room.
    let needed = area.x + 1 + DisplayWidth.width(of: name) + 3 + rightWidth
    let area = Rect(
      x: area.x, y: area.y, width: min(area.maxX - 1, max(timerEdge, needed)) - area.x, height: 1)
    let fitsRight = rightWidth + 8 < area.width
    let nameRoom = max(1, area.width - 1 - (fitsRight ? rightWidth + 3 : 0))
    canvas.write(
      " " + DisplayWidth.truncate(name, to: nameRoom), x: area.x, y: area.y, style: .heading,
      bold: true, clip: area)
    guard fitsRight else { return }
    let x = area.maxX - rightWidth
    let used = canvas.write(timer, x: x, y: area.y, style: .heading, bold: true, clip: area)
    if !overrun.isEmpty {
      canvas.write(
        " · " + overrun, x: x + used, y: area.y, style: .warning, bold: true, clip: area)
    }
  }

  /// “Afspraak 1: Hoofdstuk 3 afwerken (Jan Peeters)”: made under this item, after its
  /// decisions. The agreements item lists every agreement of the meeting already.
  private static func madeUnderLines(
    _ community: Community, _ item: AgendaItem, _ context: CommunityContext
  ) -> [String] {
    guard item.role != .newAgreements else { return [] }
    return community.agreementsMade(under: item.id).map { agreement in
      let owners = ownerNames(agreement, community)
      return context.strings.live.agreement + " \(agreement.number): " + agreement.text
        + (owners.isEmpty ? "" : " (" + owners.joined(separator: ", ") + ")")
    }
  }

  private static func ownerNames(_ agreement: Agreement, _ community: Community) -> [String] {
    agreement.owners.compactMap { id in community.members.first { $0.id == id }?.name }
  }

  /// The agreements the item is about: “(a) Hoofdstuk 3 afwerken — Zoë Dëmeester”.
  private static func agreementLines(
    _ community: Community, _ meeting: Meeting, _ item: AgendaItem, _ context: CommunityContext
  ) -> [String] {
    let agreements: [Agreement]
    switch item.role {
    case .agreementReview: agreements = community.agreementsToReview(in: meeting.id)
    case .newAgreements: agreements = community.agreementsMade(in: meeting.id)
    case .regular: return []
    }
    return agreements.map { agreement in
      let owners = ownerNames(agreement, community)
      var line = "(\(agreement.kind.letter)) " + agreement.text
      if !owners.isEmpty { line += " — " + owners.joined(separator: ", ") }
      let status = community.status(of: agreement, asOf: meeting.id)
      if status != .open { line += " · " + status.label(context.language) }
      return line
    }
  }
}
