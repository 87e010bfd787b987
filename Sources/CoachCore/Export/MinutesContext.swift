import Foundation

/// What every section of the minutes needs; each section is a list of Markdown blocks.
struct MinutesContext {
  let community: Community
  let meeting: Meeting
  let language: Language
  let words: ExportStrings
  /// The day the minutes are made: a meeting still to come counts carry-over up to it.
  let today: CalendarDay

  var title: String {
    let number = community.meetingNumber(meeting.id) ?? 0
    return "# " + MarkdownEscaping.heading(community.name) + " — " + words.meeting + " \(number), "
      + words.day(meeting.day)
  }

  /// “# VLG … — agenda van bijeenkomst 3, 8 december 2026”, for a meeting not run yet.
  var agendaTitle: String {
    let number = community.meetingNumber(meeting.id) ?? 0
    return "# " + MarkdownEscaping.heading(community.name) + " — " + words.agendaOf + " \(number), "
      + words.day(meeting.day)
  }

  /// Place, time and phase, as a list.
  var facts: String {
    let place = MarkdownEscaping.lineBreaks(meeting.place, indent: "  ")
    let phase =
      "\(meeting.phase.number) — " + MarkdownEscaping.inline(meeting.phase.guide.title(language))
    // The roles, when given: who chaired, kept time and took these minutes.
    let roles = MeetingRole.allCases.compactMap { role -> String? in
      guard let name = meeting.roles[role].flatMap({ community.member(withID: $0)?.name }) else {
        return nil
      }
      return fact(
        role.label(language).prefix(1).uppercased() + role.label(language).dropFirst(),
        MarkdownEscaping.inline(name))
    }
    return
      ([
        fact(words.place, place.isEmpty ? ExportStrings.missing : place),
        fact(words.time, meeting.time?.text ?? ExportStrings.missing),
        fact(words.phase, phase),
      ] + roles).joined(separator: "\n")
  }

  /// The total, then one row per member on the meeting's attendance list (by name).
  var attendance: [String] {
    let members = community.attendanceList(for: meeting)
    guard !members.isEmpty else { return [section(words.attendance), words.noMembers] }
    let rows = members.map { member in
      [
        member.name, member.school,
        meeting.attendance[member.id]?.label(language) ?? ExportStrings.missing,
      ]
    }
    let count = community.attendanceCount(for: meeting)
    return [
      section(words.attendance), words.attendanceTotal(count.attended, count.of),
      MarkdownTable.render(header: [words.name, words.school, words.attendance], rows: rows),
    ]
  }

  /// The meeting's free notes, last.
  var notes: [String] {
    let text = MarkdownEscaping.paragraphs(meeting.notes)
    return [section(words.notes), text.isEmpty ? words.noNotes : text]
  }

  func section(_ title: String) -> String {
    "## " + MarkdownEscaping.heading(title)
  }

  /// The names of an agreement's owners, in the order they were given.
  func ownerNames(_ agreement: Agreement) -> String {
    let names = agreement.owners.compactMap { community.member(withID: $0)?.name }
    return names.isEmpty ? ExportStrings.missing : names.joined(separator: ", ")
  }

  private func fact(_ label: String, _ value: String) -> String {
    "- **" + MarkdownEscaping.inline(label) + ":** " + value
  }
}
