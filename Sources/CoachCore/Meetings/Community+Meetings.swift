import Foundation

/// Meetings and agreements of a community: the rules the screens, the command line and the
/// exports share.
extension Community {
  /// Meetings in date order; a meeting's number is its position here plus one.
  public var meetingsInOrder: [Meeting] {
    meetings.sorted { $0.isBefore($1) }
  }

  public func meetingNumber(_ id: UUID) -> Int? {
    meetingsInOrder.firstIndex(where: { $0.id == id }).map { $0 + 1 }
  }

  public func meeting(number: Int) -> Meeting? {
    let ordered = meetingsInOrder
    return ordered.indices.contains(number - 1) ? ordered[number - 1] : nil
  }

  public func meeting(withID id: UUID) -> Meeting? { meetings.first(where: { $0.id == id }) }

  /// The first meeting after `meeting` in date order.
  public func meeting(after id: UUID) -> Meeting? {
    timeline.meeting(after: id)
  }

  /// The agreements to review in `meeting`: made in an earlier meeting and not closed
  /// before this one (closing them in this meeting keeps them listed, with the outcome).
  /// Derived, so a meeting planned before an agreement was made still lists it.
  public func agreementsToReview(in meetingID: UUID) -> [Agreement] {
    agreementsToReview(in: meetingID, timeline)
  }

  /// The same, with the meetings' order built once by the caller (a list of meetings).
  public func agreementsToReview(in meetingID: UUID, _ timeline: MeetingTimeline) -> [Agreement] {
    guard let meeting = timeline.meeting(meetingID) else { return [] }
    return agreements.filter { agreement in
      guard timeline.isBefore(agreement.madeIn, meetingID) == true else { return false }
      return !closedBefore(agreement, meeting, timeline)
    }
  }

  /// For each meeting, how many of the agreements still open now it has to review
  /// (`agreementsToReview(in:)` without the closed ones): the meetings list shows it on every
  /// row, so it is counted in one pass over the open agreements, not per meeting over all.
  public func openReviewCounts(_ timeline: MeetingTimeline) -> [UUID: Int] {
    var counts: [UUID: Int] = [:]
    for agreement in agreements where !agreement.isClosed {
      for meeting in timeline.ordered
      where timeline.isBefore(agreement.madeIn, meeting.id) == true
        && !closedBefore(agreement, meeting, timeline)
      {
        counts[meeting.id, default: 0] += 1
      }
    }
    return counts
  }

  /// The agreements made in `meeting`.
  public func agreementsMade(in meetingID: UUID) -> [Agreement] {
    agreements.filter { $0.madeIn == meetingID }
  }

  /// The agreements made under the agenda item `itemID`, in the order they were made.
  public func agreementsMade(under itemID: UUID) -> [Agreement] {
    agreements.filter { $0.madeUnder == itemID }
  }

  /// Whether a review that closed the agreement happened before `meeting`: in an earlier
  /// meeting, or between meetings on a day before it.
  func closedBefore(_ agreement: Agreement, _ meeting: Meeting, _ timeline: MeetingTimeline)
    -> Bool
  {
    agreement.reviews.contains { review in
      review.outcome.closes && isReview(review, before: meeting, including: false, timeline)
    }
  }

  /// How often an agreement went into a next meeting still open: the meetings held after
  /// the one it was made in, up to `today`, that it left unclosed.
  public func timesCarriedOver(_ agreement: Agreement, today: CalendarDay) -> Int {
    timesCarriedOver(agreement, today: today, timeline)
  }

  public func timesCarriedOver(
    _ agreement: Agreement, today: CalendarDay, _ timeline: MeetingTimeline
  ) -> Int {
    timesCarriedOver(agreement, timeline) { $0.isHeld(by: today) }
  }

  /// The same count as it stood in `meeting`: the meetings up to and including it. Later
  /// meetings and follow-ups never change it, so old minutes keep their numbers.
  public func timesCarriedOver(_ agreement: Agreement, asOf meetingID: UUID) -> Int {
    let timeline = self.timeline
    guard let bound = timeline.meeting(meetingID) else { return 0 }
    return timesCarriedOver(agreement, timeline) { $0.id == bound.id || $0.isBefore(bound) }
  }

  /// The count a meeting's screen shows: as it stood in `meeting`, but a meeting still to
  /// come has not carried anything over yet.
  public func timesCarriedOver(
    _ agreement: Agreement, asOf meetingID: UUID, today: CalendarDay
  ) -> Int {
    let timeline = self.timeline
    guard let bound = timeline.meeting(meetingID) else { return 0 }
    return timesCarriedOver(agreement, timeline) {
      ($0.id == bound.id || $0.isBefore(bound)) && $0.isHeld(by: today)
    }
  }

  private func timesCarriedOver(
    _ agreement: Agreement, _ timeline: MeetingTimeline, counting: (Meeting) -> Bool
  ) -> Int {
    carryingMeetings(agreement, timeline).filter(counting).count
  }

  /// The meetings that carry an agreement over once held: those after the one it was made
  /// in that left it unclosed. An agreement due on a day is only carried over by meetings
  /// from that day on.
  func carryingMeetings(_ agreement: Agreement, _ timeline: MeetingTimeline) -> [Meeting] {
    guard let made = timeline.number(agreement.madeIn) else { return [] }
    var dueFrom: CalendarDay?
    if case .day(let day) = agreement.due { dueFrom = day }
    return timeline.ordered[made...].filter { meeting in
      (dueFrom.map { meeting.day >= $0 } ?? true)
        && !agreement.reviews.contains { review in
          review.outcome.closes && isReview(review, before: meeting, including: true, timeline)
        }
    }
  }

  /// The day an agreement is due, when it can be known: its own day, or the day of the
  /// meeting after the one it was made in (nil while that meeting is not planned).
  public func dueDay(_ agreement: Agreement) -> CalendarDay? {
    dueDay(agreement, timeline)
  }

  public func dueDay(_ agreement: Agreement, _ timeline: MeetingTimeline) -> CalendarDay? {
    switch agreement.due {
    case .day(let day): return day
    case .nextMeeting: return timeline.meeting(after: agreement.madeIn)?.day
    }
  }

  /// Still open after its due day.
  public func isOverdue(_ agreement: Agreement, today: CalendarDay) -> Bool {
    isOverdue(agreement, today: today, timeline)
  }

  public func isOverdue(
    _ agreement: Agreement, today: CalendarDay, _ timeline: MeetingTimeline
  ) -> Bool {
    guard !agreement.isClosed, let due = dueDay(agreement, timeline) else { return false }
    return due < today
  }

  public func agreement(number: Int) -> Agreement? {
    agreements.first(where: { $0.number == number })
  }

  var nextAgreementNumber: Int { (agreements.map(\.number).max() ?? 0) + 1 }
}
