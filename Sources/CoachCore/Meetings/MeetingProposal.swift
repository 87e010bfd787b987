import Foundation

/// What the program proposes for the next meeting: a day, and the time and place the group
/// is used to. The coach may change every field before planning it.
public struct MeetingProposal: Equatable, Sendable {
  /// Why this day: so the screens and the command line can say so in a sentence.
  public enum Basis: Equatable, Sendable {
    /// Four weeks after the last meeting (this one), on the same weekday.
    case fourWeeksAfter(UUID)
    /// Four weeks after the last meeting (this one) is past already: the first day from
    /// today on on its weekday.
    case sameWeekdayFromToday(after: UUID)
    /// No meeting yet: four weeks from today.
    case fourWeeksFromToday
  }

  public var day: CalendarDay
  public var time: TimeOfDay?
  public var place: String
  public var basis: Basis

  public init(day: CalendarDay, time: TimeOfDay? = nil, place: String = "", basis: Basis) {
    self.day = day
    self.time = time
    self.place = place
    self.basis = basis
  }
}

extension Community {
  /// The next meeting by the rule of a monthly rhythm (what the research advises): four
  /// weeks after the last meeting, on the same weekday, at its time and place — schools free
  /// teachers more easily on a fixed weekday. When that day has passed (a group that paused),
  /// the first day from today on with that weekday. With no meeting yet, four weeks from
  /// today: time to free the teachers; no time or place is known yet.
  public func proposedNextMeeting(today: CalendarDay) -> MeetingProposal {
    guard let last = meetingsInOrder.last else {
      return MeetingProposal(day: today.adding(days: 28) ?? today, basis: .fourWeeksFromToday)
    }
    let fourWeeksLater = last.day.adding(days: 28) ?? last.day
    if fourWeeksLater >= today {
      return MeetingProposal(
        day: fourWeeksLater, time: last.time, place: last.place, basis: .fourWeeksAfter(last.id))
    }
    let ahead = (last.day.weekday - today.weekday + 7) % 7
    return MeetingProposal(
      day: today.adding(days: ahead) ?? today, time: last.time, place: last.place,
      basis: .sameWeekdayFromToday(after: last.id))
  }
}
