import Foundation

extension Community {
  /// The meeting a coach looks for first: the one running today, else the next one still to
  /// be run (one planned for today counts until it starts), else the last one held. The
  /// meetings tab opens on it; nil without meetings.
  public func focusMeeting(today: CalendarDay) -> Meeting? {
    let ordered = meetingsInOrder
    if let running = ordered.first(where: { $0.day == today && $0.hasStarted && !$0.hasEnded }) {
      return running
    }
    if let next = ordered.first(where: { $0.day >= today && !$0.hasStarted }) { return next }
    return ordered.last { $0.isHeld(by: today) || $0.hasStarted } ?? ordered.last
  }
}
