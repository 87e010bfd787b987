import Foundation

/// The meetings in the dossier, in order: a heading per meeting with its facts, attendance,
/// agenda items (the notes in the minutes and the decisions), the agreements followed up in
/// it and those made, and its general notes.
extension CommunityDossierContext {
  var meetings: [String] {
    let ordered = community.meetingsInOrder
    guard !ordered.isEmpty else {
      return [
        DocumentBlocks.section(document.meetings), MarkdownEscaping.inline(document.noMeetings),
      ]
    }
    return [DocumentBlocks.section(document.meetings)]
      + ordered.enumerated().flatMap { meetingBlocks($0.element, number: $0.offset + 1) }
  }

  func meetingBlocks(_ meeting: Meeting, number: Int) -> [String] {
    [
      DocumentBlocks.subsection(
        capitalized(words.meeting) + " \(number) — " + words.day(meeting.day)),
      meetingFacts(meeting),
    ] + meetingAttendance(meeting) + meetingAgenda(meeting) + followedUp(meeting)
      + made(meeting) + meetingNotes(meeting)
  }

  private func meetingFacts(_ meeting: Meeting) -> String {
    let place = MarkdownEscaping.inline(meeting.place)
    return [
      DocumentBlocks.fact(words.place, place),
      DocumentBlocks.fact(words.time, meeting.time?.text ?? ExportStrings.missing),
      DocumentBlocks.fact(
        words.phase,
        "\(meeting.phase.number) — " + MarkdownEscaping.inline(meeting.phase.guide.title(language))),
    ].joined(separator: "\n")
  }

  /// The total and a row per member on the list; nothing while attendance was not taken.
  private func meetingAttendance(_ meeting: Meeting) -> [String] {
    guard !meeting.attendance.isEmpty else { return [] }
    let count = community.attendanceCount(for: meeting)
    let rows = community.attendanceList(for: meeting).map { member in
      [member.name, meeting.attendance[member.id]?.label(language) ?? ExportStrings.missing]
    }
    return [
      "#### " + MarkdownEscaping.heading(words.attendance),
      MarkdownEscaping.inline(words.attendanceTotal(count.attended, count.of)),
      MarkdownTable.render(header: [words.name, words.attendance], rows: rows),
    ]
  }

  /// The items with notes in the minutes or decisions, each under a bold line, in order;
  /// the others in one short list after them.
  private func meetingAgenda(_ meeting: Meeting) -> [String] {
    guard !meeting.agenda.isEmpty else { return [] }
    let numbered = meeting.agenda.enumerated().map { (number: $0.offset + 1, item: $0.element) }
    let full = numbered.filter { hasContent($0.item) }
    let short = numbered.filter { !hasContent($0.item) }
    var blocks = ["#### " + MarkdownEscaping.heading(words.agenda)]
    blocks += full.flatMap { agendaItem($0.item, number: $0.number) }
    if !short.isEmpty {
      if !full.isEmpty { blocks.append("*" + MarkdownEscaping.inline(document.otherItems) + ":*") }
      blocks.append(
        short.map { "- " + itemLine($0.item, number: $0.number) }.joined(separator: "\n"))
    }
    return blocks
  }

  private func hasContent(_ item: AgendaItem) -> Bool {
    !MarkdownEscaping.paragraphs(item.notes).isEmpty || !decisions(item).isEmpty
  }

  private func decisions(_ item: AgendaItem) -> [String] {
    item.decisions.map { MarkdownEscaping.lineBreaks($0, indent: "  ") }.filter { !$0.isEmpty }
  }

  /// "2 · Terugblik (15′) — Élise Dubois": no "2." at the start, which would open a list.
  private func itemLine(_ item: AgendaItem, number: Int) -> String {
    let title = MarkdownEscaping.inline(item.title)
    let presenter = MarkdownEscaping.inline(item.presenter)
    return "\(number) · " + (title.isEmpty ? ExportStrings.missing : title)
      + " (\(item.plannedMinutes)′)" + (presenter.isEmpty ? "" : " — " + presenter)
  }

  /// The item's line in bold, then its notes (labelled as the minutes' notes) and its
  /// decisions, each a paragraph or list of its own.
  private func agendaItem(_ item: AgendaItem, number: Int) -> [String] {
    var blocks = ["**" + itemLine(item, number: number) + "**"]
    let notes = MarkdownEscaping.paragraphs(item.notes)
    if !notes.isEmpty {
      blocks.append("*" + MarkdownEscaping.inline(document.notesInMinutes) + ":*")
      blocks.append(notes)
    }
    let decisions = decisions(item)
    if !decisions.isEmpty {
      blocks.append("*" + MarkdownEscaping.inline(words.decisions) + ":*")
      blocks.append(decisions.map { "- " + $0 }.joined(separator: "\n"))
    }
    return blocks
  }

  /// The agreements whose review was recorded in this meeting, with that review's outcome.
  private func followedUp(_ meeting: Meeting) -> [String] {
    let rows: [[String]] = community.agreements.sorted { $0.number < $1.number }.compactMap {
      agreement in
      guard let review = agreement.reviews.last(where: { $0.meetingID == meeting.id }) else {
        return nil
      }
      return [
        "\(agreement.number)", agreement.text,
        DocumentBlocks.names(agreement.owners, in: community),
        review.outcome.label(language), review.note,
      ]
    }
    guard !rows.isEmpty else { return [] }
    return [
      "#### " + MarkdownEscaping.heading(document.followedUp),
      MarkdownTable.render(
        header: [words.number, words.what, words.who, words.status, words.note], rows: rows),
    ]
  }

  private func made(_ meeting: Meeting) -> [String] {
    let agreements = community.agreementsMade(in: meeting.id).sorted { $0.number < $1.number }
    guard !agreements.isEmpty else { return [] }
    let rows = agreements.map { agreement in
      [
        "\(agreement.number)", "(\(agreement.kind.letter)) " + agreement.kind.label(language),
        agreement.text, DocumentBlocks.names(agreement.owners, in: community),
        community.dueDay(agreement).map(words.day) ?? words.nextMeeting,
      ]
    }
    return [
      "#### " + MarkdownEscaping.heading(words.madeSection),
      MarkdownTable.render(
        header: [words.number, words.kind, words.what, words.who, words.due], rows: rows),
    ]
  }

  private func meetingNotes(_ meeting: Meeting) -> [String] {
    let text = MarkdownEscaping.paragraphs(meeting.notes)
    guard !text.isEmpty else { return [] }
    return [
      "#### " + MarkdownEscaping.heading(words.notes + " (" + document.inMinutes + ")"), text,
    ]
  }

  func capitalized(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst()
  }
}
