import Foundation

/// Planning meetings, recording attendance, making and reviewing agreements.
extension Community {
  /// Plans a meeting in the current phase with the agenda of that phase's template.
  @discardableResult
  public mutating func addMeeting(
    on day: CalendarDay, at time: TimeOfDay? = nil, place: String = "", language: Language,
    id: UUID = UUID(), itemIDs: () -> UUID = UUID.init
  ) -> Meeting {
    let agenda = AgendaTemplate.items(for: phase, language: language, id: itemIDs)
    let meeting = Meeting(
      id: id, day: day, time: time, place: TextCleaning.line(place), phase: phase, agenda: agenda)
    meetings.append(meeting)
    return meeting
  }

  public mutating func updateMeeting(_ meeting: Meeting) {
    guard let index = meetings.firstIndex(where: { $0.id == meeting.id }) else { return }
    meetings[index] = meeting
  }

  /// Removes a meeting in which no agreement was made (those would lose their origin).
  public mutating func removeMeeting(_ id: UUID) throws {
    if agreements.contains(where: { $0.madeIn == id }) {
      throw CoachError.meetingHasAgreements(meetingNumber(id) ?? 0)
    }
    meetings.removeAll { $0.id == id }
  }

  public mutating func setAttendance(_ attendance: Attendance?, of member: UUID, at meeting: UUID) {
    guard let index = meetings.firstIndex(where: { $0.id == meeting }) else { return }
    meetings[index].attendance[member] = attendance
  }

  /// Records an agreement the group made in `meeting`, under its agenda item `item` when
  /// known (an id that is not one of the meeting's items is not kept).
  @discardableResult
  public mutating func addAgreement(
    kind: AgreementKind, text: String, owners: [UUID], madeIn meeting: UUID,
    under item: UUID? = nil, due: Agreement.Due = .nextMeeting, id: UUID = UUID()
  ) throws -> Agreement {
    let clean = try Self.agreementText(text)
    let known = try agreementOwners(owners)
    guard let made = self.meeting(withID: meeting) else {
      throw CoachError.noSuchMeeting(0, count: meetings.count)
    }
    let agreement = Agreement(
      id: id, number: nextAgreementNumber, kind: kind, text: clean, owners: known, madeIn: meeting,
      madeUnder: made.agenda.first { $0.id == item }?.id, due: due)
    agreements.append(agreement)
    return agreement
  }

  /// Records what became of an agreement, in a meeting's review or between meetings.
  /// Dropping needs a reason; a closed agreement stays closed.
  public mutating func review(
    agreement id: UUID, outcome: AgreementOutcome, note: String = "", in meeting: UUID?,
    on day: CalendarDay
  ) throws {
    guard let index = agreements.firstIndex(where: { $0.id == id }) else {
      throw CoachError.noSuchAgreement(id.uuidString)
    }
    let clean = TextCleaning.multiline(note)
    if outcome == .dropped && clean.isEmpty { throw CoachError.droppedWithoutReason }
    if agreements[index].isClosed {
      throw CoachError.agreementAlreadyClosed(agreements[index].number)
    }
    // Reviews are a history in time order: the latest one is the status.
    if let last = agreements[index].reviews.last, day < last.day {
      throw CoachError.reviewBeforeLast(agreements[index].number, last: last.day)
    }
    agreements[index].append(
      Agreement.Review(meetingID: meeting, day: day, outcome: outcome, note: clean))
  }
}
