import Foundation

/// The index's dates as one line of text (schema 11): a community with years of meetings
/// and open agreements is a few hundred bytes to read, not hundreds of XML elements.
///
/// - meetings, in order, separated by spaces: `2026-10-07T19:00 2026-11-04! 2027-01-13`,
///   the time after `T` when there is one, `!` when the meeting was started;
/// - due days with how many open agreements are due that day: `2026-11-04*3 2026-12-02`.
///
/// A token that does not read is skipped: the index is a cache, and the summary it gives
/// is checked against the community file's fingerprint anyway.
enum CompactDates {
  static func line(_ meetings: [CommunitySummary.MeetingDate]) -> String {
    meetings.map { date in
      date.day.iso + (date.time.map { "T" + $0.text } ?? "") + (date.hasStarted ? "!" : "")
    }.joined(separator: " ")
  }

  static func meetings(_ line: String) -> [CommunitySummary.MeetingDate] {
    line.split(separator: " ").compactMap { token in
      var token = Substring(token)
      let started = token.hasSuffix("!")
      if started { token = token.dropLast() }
      let parts = token.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
      guard let day = CalendarDay(iso: String(parts[0])) else { return nil }
      var time: TimeOfDay?
      if parts.count == 2 {
        guard let read = TimeOfDay(text: String(parts[1])) else { return nil }
        time = read
      }
      return CommunitySummary.MeetingDate(day: day, time: time, hasStarted: started)
    }
  }

  static func line(_ days: [CalendarDay]) -> String {
    var counts: [(day: CalendarDay, count: Int)] = []
    for day in days.sorted() {
      if counts.last?.day == day {
        counts[counts.count - 1].count += 1
      } else {
        counts.append((day, 1))
      }
    }
    return counts.map { $0.day.iso + ($0.count > 1 ? "*\($0.count)" : "") }
      .joined(separator: " ")
  }

  /// At most this many agreements a day: a damaged count must not fill the memory.
  static let countLimit = 100_000

  static func dueDays(_ line: String) -> [CalendarDay] {
    line.split(separator: " ").flatMap { token -> [CalendarDay] in
      let parts = token.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false)
      guard let day = CalendarDay(iso: String(parts[0])) else { return [] }
      let count = parts.count == 2 ? Int(parts[1]) ?? 0 : 1
      return Array(repeating: day, count: min(max(count, 0), countLimit))
    }
  }
}
