import Foundation

extension Community {
  /// Moves a meeting to another day: for a meeting that takes place on another day than
  /// planned (the screen's "does it take place today?"). Its time stays. Numbers follow the
  /// new date order; reviews recorded in the meeting move with it. A move that would put an
  /// agreement's follow-up before the meeting it was made in, or before an earlier
  /// follow-up, is refused and changes nothing.
  public mutating func moveMeeting(_ id: UUID, to day: CalendarDay) throws {
    guard let index = meetings.firstIndex(where: { $0.id == id }) else {
      throw CoachError.noSuchMeeting(0, count: meetings.count)
    }
    var moved = self
    moved.meetings[index].day = day
    for agreementIndex in moved.agreements.indices {
      moved.agreements[agreementIndex].moveReviews(in: id, to: day)
    }
    guard moved.agreements.allSatisfy(moved.followUpsInOrder) else {
      throw CoachError.meetingMoveOutOfOrder(meetingNumber(id) ?? 0, to: day)
    }
    self = moved
  }

  /// Every follow-up of `agreement` comes after the meeting it was made in, and each one
  /// on or after the one before it.
  func followUpsInOrder(_ agreement: Agreement) -> Bool {
    let made = meeting(withID: agreement.madeIn)
    let afterMade = agreement.reviews.allSatisfy { review in
      guard let made else { return true }
      if let recorded = review.meetingID.flatMap({ meeting(withID: $0) }) {
        return made.isBefore(recorded)
      }
      return review.day >= made.day
    }
    let days = agreement.reviews.map(\.day)
    return afterMade && zip(days, days.dropFirst()).allSatisfy { $0 <= $1 }
  }
}
