import Foundation

/// An agreement's status at a point in the community's history: one rule for the meeting
/// screen, the minutes, `agreement list` and the follow-up list, so "partly" never shows as
/// "open" in one place and as "partly" in another.
///
/// A review belongs to a meeting's history when it was recorded in that meeting or in an
/// earlier one, or between meetings on a day before the meeting's day. A review between
/// meetings on the meeting's own day comes after it (the meeting's review would have
/// recorded it otherwise).
extension Community {
  /// The latest review of `agreement` recorded up to and in `meeting`; with no meeting (or
  /// an unknown one), the latest review of all.
  public func latestReview(of agreement: Agreement, asOf meeting: UUID? = nil)
    -> Agreement.Review?
  {
    guard let meeting else { return agreement.reviews.last }
    let timeline = self.timeline
    guard let bound = timeline.meeting(meeting) else { return agreement.reviews.last }
    return agreement.reviews.last { isReview($0, before: bound, including: true, timeline) }
  }

  /// What the agreement stood at in `meeting`: the outcome of the latest review up to and in
  /// that meeting, open when none; with no meeting, its status now.
  public func status(of agreement: Agreement, asOf meeting: UUID? = nil) -> AgreementOutcome {
    latestReview(of: agreement, asOf: meeting)?.outcome ?? .open
  }

  /// The agreements closed between the meeting before `meeting` and `meeting` itself, each
  /// with the review that closed it, by number. They are off `meeting`'s review list, so the
  /// minutes name them here instead of letting them vanish.
  public func agreementsClosedBetweenMeetings(before meetingID: UUID)
    -> [(agreement: Agreement, review: Agreement.Review)]
  {
    guard let meeting = meeting(withID: meetingID) else { return [] }
    let ordered = meetingsInOrder
    let previous = ordered.firstIndex(where: { $0.id == meetingID }).flatMap {
      $0 > 0 ? ordered[$0 - 1] : nil
    }
    return agreements.compactMap { agreement -> (Agreement, Agreement.Review)? in
      guard let made = self.meeting(withID: agreement.madeIn), made.isBefore(meeting) else {
        return nil
      }
      let closing = agreement.reviews.first { review in
        review.outcome.closes && recordedMeeting(review) == nil && review.day < meeting.day
          && previous.map { review.day >= $0.day } ?? true
      }
      return closing.map { (agreement, $0) }
    }.sorted { $0.0.number < $1.0.number }
  }

  /// Whether `review` happened before `meeting` (or in it, when `including`): a review
  /// recorded in a meeting that still exists counts by that meeting's place in `timeline`,
  /// any other by its day.
  func isReview(
    _ review: Agreement.Review, before meeting: Meeting, including: Bool,
    _ timeline: MeetingTimeline
  ) -> Bool {
    if let recorded = review.meetingID, let before = timeline.isBefore(recorded, meeting.id) {
      return before || (including && recorded == meeting.id)
    }
    return review.day < meeting.day
  }

  /// The meeting whose review recorded `review`, if it still exists.
  private func recordedMeeting(_ review: Agreement.Review) -> Meeting? {
    review.meetingID.flatMap { meeting(withID: $0) }
  }
}
