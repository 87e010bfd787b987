import Foundation

/// Dates and times as iCalendar writes them (RFC 5545, sections 3.3.4 and 3.3.5), computed
/// on the proleptic Gregorian calendar without time zones: a meeting's time is floating (the
/// local time wherever the calendar is read), and DTSTAMP is UTC.
struct ICalendarDateTime: Equatable {
  /// Days since 1970-01-01.
  let days: Int
  /// Seconds since midnight.
  let seconds: Int

  init(days: Int, seconds: Int) {
    self.days = days + seconds.floorDivided(by: 86_400)
    self.seconds = seconds.floorModulo(86_400)
  }

  init(_ day: CalendarDay, _ time: TimeOfDay? = nil) {
    let seconds = (time?.hour ?? 0) * 3_600 + (time?.minute ?? 0) * 60
    self.init(days: Self.days(year: day.year, month: day.month, day: day.day), seconds: seconds)
  }

  /// The UTC date and time of `date`, to the second.
  init(utc date: Date) {
    // Beyond ±8,000 years from 1970 a date is nonsense; clamping keeps the conversion safe.
    let limit = 2.5e11
    let interval = date.timeIntervalSince1970
    let clamped = interval.isFinite ? min(max(interval, -limit), limit) : 0
    self.init(days: 0, seconds: Int(clamped.rounded(.down)))
  }

  func adding(minutes: Int) -> ICalendarDateTime {
    ICalendarDateTime(days: days, seconds: seconds + minutes * 60)
  }

  func adding(days more: Int) -> ICalendarDateTime {
    ICalendarDateTime(days: days + more, seconds: seconds)
  }

  /// `YYYYMMDD`, a DATE value.
  var date: String {
    let (year, month, day) = Self.civil(days)
    return Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2)
  }

  /// `YYYYMMDDTHHMMSS`, a floating DATE-TIME value (append `Z` for UTC).
  var dateTime: String {
    date + "T" + Self.digits(seconds / 3_600, 2) + Self.digits(seconds / 60 % 60, 2)
      + Self.digits(seconds % 60, 2)
  }

  private static func digits(_ value: Int, _ count: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, count - text.count)) + text
  }

  /// Days since 1970-01-01 of a Gregorian date.
  static func days(year: Int, month: Int, day: Int) -> Int {
    CalendarDay.days(year: year, month: month, day: day)
  }

  /// The Gregorian date of a day count since 1970-01-01.
  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    CalendarDay.civil(days)
  }
}
