import CoachCore

/// The agreements of a meeting: first the review of earlier ones (with the outcome recorded
/// in this meeting and how often each was carried over), then the ones made here.
enum MeetingAgreementsSection {
  static func lines(_ rows: MeetingScreenRows, _ context: CommunityContext, _ width: Int)
    -> [SectionLine]
  {
    let m = context.strings.meetingScreen
    let community = rows.community
    let reviewed = rows.reviewed
    let made = rows.made
    var lines: [SectionLine] = [.heading(m.reviewHeading)]
    if reviewed.isEmpty {
      lines.append(.message(m.nothingToReview))
    }
    for (index, agreement) in reviewed.enumerated() {
      let outcome = rows.status(agreement)
      let status = statusText(agreement, outcome, rows, context)
      // Counted as of this meeting, like the minutes: a past meeting reads the same later.
      let carried = community.timesCarriedOver(
        agreement, asOf: rows.meeting.id, today: context.today)
      var details = [owners(agreement, community)]
      if carried > 0 { details.append(m.carriedOver(carried)) }
      lines += row(
        agreement, status: status, details: details, row: index,
        style: outcome.closes ? .dim : .normal, width: width)
    }
    lines += [.blank, .heading(m.madeHeading)]
    if made.isEmpty {
      lines.append(.message(m.noneMade))
    }
    for (index, agreement) in made.enumerated() {
      let due =
        community.dueDay(agreement).map { m.dueOn(context.dates.shortDay($0)) } ?? m.dueNextMeeting
      // As of this meeting too (the same rule as the review above and the minutes).
      let outcome = rows.status(agreement)
      lines += row(
        agreement, status: statusText(agreement, outcome, rows, context),
        details: [owners(agreement, community), due], row: reviewed.count + index,
        style: outcome.closes ? .dim : .normal, width: width)
    }
    return lines
  }

  /// “open”: the status as of this meeting; “open · now done” when a later follow-up
  /// changed it, so a follow-up just recorded between meetings is seen here too.
  private static func statusText(
    _ agreement: Agreement, _ asOf: AgreementOutcome, _ rows: MeetingScreenRows,
    _ context: CommunityContext
  ) -> String {
    let m = context.strings.meetingScreen
    let now = rows.community.status(of: agreement)
    let text = asOf.label(context.language)
    return now == asOf ? text : text + " · " + m.statusNow(now.label(context.language))
  }

  /// Two lines per agreement, so its text is readable at 80 columns: number, kind, text and
  /// status; then who and when, dimmed.
  private static func row(
    _ agreement: Agreement, status: String, details: [String], row: Int, style: StyleRole,
    width: Int
  ) -> [SectionLine] {
    let statusWidth = DisplayWidth.width(of: status)
    let room = max(8, width - 4 - statusWidth - 2)
    let head = "\(agreement.number) (\(agreement.kind.letter)) " + firstLine(agreement.text)
    let first = DisplayWidth.fit(head, to: room) + "  " + status
    let indent = String(repeating: " ", count: "\(agreement.number) (a) ".count)
    return [
      SectionLine(text: first, style: style, row: row),
      SectionLine(
        text: indent + details.filter { !$0.isEmpty }.joined(separator: " · "),
        style: .dim, row: row, continues: true),
    ]
  }

  private static func firstLine(_ text: String) -> String {
    text.split(separator: "\n").first.map(String.init) ?? ""
  }

  private static func owners(_ agreement: Agreement, _ community: Community) -> String {
    agreement.owners.compactMap { community.member(withID: $0)?.name }.joined(separator: ", ")
  }
}
