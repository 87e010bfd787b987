import Foundation

extension Community {
  /// The meeting in which closing an agreement `today` is recorded: the latest meeting held
  /// by today that comes after the one the agreement was made in. Nil when there is none
  /// yet: the review then happens between meetings.
  public func reviewMeeting(for agreement: Agreement, today: CalendarDay) -> Meeting? {
    guard let made = meeting(withID: agreement.madeIn) else { return nil }
    return meetingsInOrder.last { made.isBefore($0) && $0.isHeld(by: today) }
  }
}
