import Foundation

/// The `<date>` text of a property list, `2026-12-02T14:05:00Z`, in UTC and whole seconds.
/// Done by hand: the civil-calendar arithmetic is exact and needs no formatter per file.
enum PlistDate {
  /// Whole seconds from 0001-01-01 to 9999-12-31; anything else is clamped into it.
  static func text(_ date: Date) -> String {
    let raw = date.timeIntervalSince1970
    let bounded = raw.isFinite ? min(max(raw, earliest), latest) : 0
    let seconds = Int(bounded.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = CalendarDay.civil(days)
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
      + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":"
      + pad(secondOfDay % 60, 2) + "Z"
  }

  /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ` with a real day and time; nil otherwise.
  static func date(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58,
      bytes[16] == 58, bytes[19] == 90
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      CalendarDay(year: year, month: month, day: day) != nil, hour < 24, minute < 60,
      second < 60
    else { return nil }
    let days = CalendarDay.days(year: year, month: month, day: day)
    return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
  }

  private static let earliest = Double(CalendarDay.days(year: 1, month: 1, day: 1) * 86_400)
  private static let latest = Double(
    CalendarDay.days(year: 9999, month: 12, day: 31) * 86_400 + 86_399)

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
