import Foundation

extension Community {
  /// Where a follow-up of `agreement` given `today` is recorded: in the meeting the coach is
  /// looking at when that meeting has taken place (or takes place today) — its review is
  /// where the group closes agreements; else in a meeting held today; else between meetings,
  /// dated today. A meeting still to come never gets a review before it happens, and an
  /// earlier meeting's minutes never change because of a later follow-up.
  public func reviewPlace(
    for agreement: Agreement, today: CalendarDay, viewing meetingID: UUID? = nil
  ) -> (meeting: UUID?, day: CalendarDay) {
    let made = meeting(withID: agreement.madeIn)
    func isAfterMade(_ candidate: Meeting) -> Bool { made.map { $0.isBefore(candidate) } ?? true }
    if let viewed = meetingID.flatMap({ meeting(withID: $0) }), viewed.isHeld(by: today),
      isAfterMade(viewed)
    {
      return (viewed.id, viewed.day)
    }
    if let held = meetingsInOrder.last(where: { $0.day == today && isAfterMade($0) }) {
      return (held.id, today)
    }
    return (nil, today)
  }
}
