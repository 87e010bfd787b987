import Foundation

/// Turns a community into the stored tree of the current shape, with the keys kept from the
/// file it was read from (a newer version's fields) put back where they were.
struct CommunityWriter {
  let residue: Residue
  /// Meetings, agreements and checklist rounds written before, taken as they are where
  /// unchanged.
  var parts: WrittenParts?

  func file(
    _ community: Community, notebook: CoachNotebook? = nil, schemaVersion: Int,
    topLevel: PlistDictionary
  ) -> PlistValue {
    var fields = topLevel
    fields["schemaVersion"] = .integer(schemaVersion)
    fields["community"] = self.community(community)
    // Written only when there are notes, so a file without any reads as before.
    if let notebook, !notebook.notes.isEmpty {
      fields["coachNotes"] = NotebookWriter(residue: residue).value(notebook)
    }
    return .dictionary(fields)
  }

  func community(_ community: Community) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(community.id),
      "name": .string(community.name),
      "subject": .string(community.subject),
      "schools": .array(community.schools.map(PlistValue.string)),
      "phaseHistory": .array(community.phaseHistory.enumerated().map(phaseChange)),
      "members": .array(community.members.map(member)),
      "meetings": .array(community.meetings.map(meetingValue)),
      "agreements": .array(community.agreements.map(agreementValue)),
      "themes": .array(community.themes.map(ThemeWriter(residue: residue).theme)),
      "created": .date(community.created),
    ]
    fields["internalCoach"] = community.internalCoach.map { .uuid($0) }
    var ticks: PlistDictionary = [:]
    residue.restore(into: &ticks, at: "checklistTicks")
    if !community.checklistTicks.isEmpty || !ticks.isEmpty {
      for (id, tick) in community.checklistTicks {
        var tickFields: PlistDictionary = [
          "day": .string(tick.day.iso), "remark": .string(tick.remark),
        ]
        residue.restore(into: &tickFields, at: "tick/\(id)")
        ticks[id] = .dictionary(tickFields)
      }
      fields["checklistTicks"] = .dictionary(ticks)
    }
    // Written only when there are any, so a community without them reads as in version 9.
    if !community.checklistRounds.isEmpty {
      fields["checklistRounds"] = .array(
        community.checklistRounds.map(roundValue))
    }
    residue.restore(into: &fields, at: "community")
    return .dictionary(fields)
  }

  private func phaseChange(_ index: Int, _ change: PhaseChange) -> PlistValue {
    var fields: PlistDictionary = [
      "phase": .integer(change.phase.number),
      "day": .string(change.day.iso),
      "note": .string(change.note),
    ]
    residue.restore(into: &fields, at: "phase/\(index)")
    return .dictionary(fields)
  }

  private func member(_ member: Member) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(member.id),
      "name": .string(member.name),
      "school": .string(member.school),
      "role": .string(member.role.rawValue),
      "participation": .string(member.participation.rawValue),
    ]
    fields["participationSince"] = member.participationSince.map { .string($0.iso) }
    fields["committedOn"] = member.committedOn.map { .string($0.iso) }
    fields["joinedOn"] = member.joinedOn.map { .string($0.iso) }
    if !member.participationReason.isEmpty {
      fields["participationReason"] = .string(member.participationReason)
    }
    residue.restore(into: &fields, at: "member/\(member.id.text)")
    return .dictionary(fields)
  }

  private func meetingValue(_ meeting: Meeting) -> PlistValue {
    if let xml = parts?.meetings[meeting.id]?.xml(for: meeting) { return .written(xml) }
    return self.meeting(meeting)
  }

  private func roundValue(_ round: ChecklistRound) -> PlistValue {
    if let xml = parts?.rounds[round.id]?.xml(for: round) { return .written(xml) }
    return ChecklistRoundWriter(residue: residue).round(round)
  }

  private func agreementValue(_ agreement: Agreement) -> PlistValue {
    if let xml = parts?.agreements[agreement.id]?.xml(for: agreement) { return .written(xml) }
    return self.agreement(agreement)
  }

  func meeting(_ meeting: Meeting) -> PlistValue {
    var attendance: PlistDictionary = [:]
    for (id, mark) in meeting.attendance { attendance[id.text] = .string(mark.rawValue) }
    var fields: PlistDictionary = [
      "id": .uuid(meeting.id),
      "day": .string(meeting.day.iso),
      "place": .string(meeting.place),
      "phase": .integer(meeting.phase.number),
      "agenda": .array(meeting.agenda.map { agendaItem($0, meetingID: meeting.id) }),
      "attendance": .dictionary(attendance),
      "notes": .string(meeting.notes),
    ]
    fields["time"] = meeting.time.map { .string($0.text) }
    var roles: PlistDictionary = [:]
    for (role, id) in meeting.roles { roles[role.rawValue] = .uuid(id) }
    residue.restore(into: &roles, at: "meeting/\(meeting.id.text)/roles")
    if !roles.isEmpty { fields["roles"] = .dictionary(roles) }
    residue.restore(into: &fields, at: "meeting/\(meeting.id.text)")
    return .dictionary(fields)
  }

  private func agendaItem(_ item: AgendaItem, meetingID: UUID) -> PlistValue {
    var fields: PlistDictionary = [
      "id": .uuid(item.id),
      "title": .string(item.title),
      "plannedMinutes": .integer(item.plannedMinutes),
      "presenter": .string(item.presenter),
      "role": .string(item.role.rawValue),
      "notes": .string(item.notes),
      "decisions": .array(item.decisions.map(PlistValue.string)),
    ]
    fields["startedAt"] = item.startedAt.map(PlistValue.date)
    fields["endedAt"] = item.endedAt.map(PlistValue.date)
    fields["protocol"] = item.protocolID.map(PlistValue.string)
    residue.restore(
      into: &fields, at: "meeting/\(meetingID.text)/item/\(item.id.text)")
    return .dictionary(fields)
  }

  func agreement(_ agreement: Agreement) -> PlistValue {
    let due: String
    switch agreement.due {
    case .nextMeeting: due = StoredShape.dueAtNextMeeting
    case .day(let day): due = day.iso
    }
    var fields: PlistDictionary = [
      "id": .uuid(agreement.id),
      "number": .integer(agreement.number),
      "kind": .string(agreement.kind.rawValue),
      "text": .string(agreement.text),
      "owners": .array(agreement.owners.map { .uuid($0) }),
      "madeIn": .uuid(agreement.madeIn),
      "due": .string(due),
      "reviews": .array(
        agreement.reviews.enumerated().map { review($0.element, index: $0.offset, of: agreement) }),
    ]
    fields["madeUnder"] = agreement.madeUnder.map { .uuid($0) }
    residue.restore(into: &fields, at: "agreement/\(agreement.id.text)")
    return .dictionary(fields)
  }

  private func review(_ review: Agreement.Review, index: Int, of agreement: Agreement) -> PlistValue
  {
    var fields: PlistDictionary = [
      "day": .string(review.day.iso),
      "outcome": .string(review.outcome.rawValue),
      "note": .string(review.note),
    ]
    fields["meetingID"] = review.meetingID.map { .uuid($0) }
    residue.restore(
      into: &fields, at: "agreement/\(agreement.id.text)/review/\(index)")
    return .dictionary(fields)
  }
}
