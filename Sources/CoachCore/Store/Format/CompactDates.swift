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
    // Straight from the bytes: the index of a large archive holds thousands of these, and
    // reading them was a third of the start-up. A token of another form (a one-digit hour)
    // takes the general path.
    var line = line
    if let quick = line.withUTF8({ quickMeetings($0) }) { return quick }
    return line.split(separator: " ").compactMap { token in
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

  /// `YYYY-MM-DD`, then `THH:MM` and `!` if there; nil as soon as a token is not of this form.
  private static func quickMeetings(_ bytes: UnsafeBufferPointer<UInt8>)
    -> [CommunitySummary.MeetingDate]?
  {
    var result: [CommunitySummary.MeetingDate] = []
    var position = 0
    func number(_ start: Int, _ count: Int) -> Int? {
      guard start + count <= bytes.count else { return nil }
      var value = 0
      for index in start..<(start + count) {
        let digit = Int(bytes[index]) &- 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    while position < bytes.count {
      if bytes[position] == UInt8(ascii: " ") {
        position += 1
        continue
      }
      guard position + 10 <= bytes.count, bytes[position + 4] == UInt8(ascii: "-"),
        bytes[position + 7] == UInt8(ascii: "-"), let year = number(position, 4),
        let month = number(position + 5, 2), let dayNumber = number(position + 8, 2),
        let day = CalendarDay(year: year, month: month, day: dayNumber)
      else { return nil }
      position += 10
      var time: TimeOfDay?
      if position < bytes.count, bytes[position] == UInt8(ascii: "T") {
        guard position + 6 <= bytes.count, bytes[position + 3] == UInt8(ascii: ":"),
          let hour = number(position + 1, 2), let minute = number(position + 4, 2),
          let read = TimeOfDay(hour: hour, minute: minute)
        else { return nil }
        time = read
        position += 6
      }
      var started = false
      if position < bytes.count, bytes[position] == UInt8(ascii: "!") {
        started = true
        position += 1
      }
      guard position == bytes.count || bytes[position] == UInt8(ascii: " ") else { return nil }
      result.append(CommunitySummary.MeetingDate(day: day, time: time, hasStarted: started))
    }
    return result
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
