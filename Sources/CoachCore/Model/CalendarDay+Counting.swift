/// Counting days on the proleptic Gregorian calendar, without time zones or Foundation's
/// calendars: the same answer on every machine (Howard Hinnant's `days_from_civil` and
/// `civil_from_days`).
extension CalendarDay {
  /// Days since 1970-01-01 (negative before it).
  public var daysSince1970: Int { Self.days(year: year, month: month, day: day) }

  /// The day `days` after 1970-01-01; nil outside the years 1 to 9999.
  public init?(daysSince1970 days: Int) {
    let (year, month, day) = Self.civil(days)
    self.init(year: year, month: month, day: day)
  }

  /// The day `count` days later (earlier when negative); nil outside the years 1 to 9999.
  public func adding(days count: Int) -> CalendarDay? {
    CalendarDay(daysSince1970: daysSince1970 + count)
  }

  /// 1 for Monday to 7 for Sunday (ISO 8601).
  public var weekday: Int {
    // 1970-01-01 was a Thursday.
    (daysSince1970 + 3).floorModulo(7) + 1
  }

  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = y.floorDivided(by: 400)
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = z.floorDivided(by: 146_097)
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension Int {
  func floorDivided(by divisor: Int) -> Int {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }

  func floorModulo(_ divisor: Int) -> Int {
    self - floorDivided(by: divisor) * divisor
  }
}
