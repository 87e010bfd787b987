import Foundation

/// A date without a time of day, as a coach writes it: the day a phase began, the day a
/// member stopped. Stored as `YYYY-MM-DD`, so it reads the same in every time zone.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Only real dates: `2026-02-30` is refused.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= CalendarDay.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (ISO 8601 calendar date); nil for anything else.
  public init?(iso text: String) {
    // The stored form, "2026-12-03", read straight from its bytes.
    if let day = Self.compactISO(text) {
      self = day
      return
    }
    let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  private static func compactISO(_ text: String) -> CalendarDay? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = Int(bytes[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    return CalendarDay(year: year, month: month, day: day)
  }

  /// The day on which `date` falls in `timeZone`.
  public init(_ date: Date, in timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    // A Gregorian calendar always yields all three components.
    self.year = parts.year ?? 1970
    self.month = parts.month ?? 1
    self.day = parts.day ?? 1
  }

  public var iso: String {
    // Built from its ten bytes: every date of a store is written this way on each save.
    var bytes = [UInt8](repeating: UInt8(ascii: "-"), count: 10)
    func put(_ value: Int, at end: Int, digits: Int) {
      var rest = value
      for offset in 0..<digits {
        bytes[end - offset] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
    }
    put(year, at: 3, digits: 4)
    put(month, at: 6, digits: 2)
    put(day, at: 9, digits: 2)
    return String(decoding: bytes, as: UTF8.self)
  }

  public var description: String { iso }

  /// Noon of this day in `timeZone`: a safe instant for formatting the day.
  public func date(in timeZone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(year: year, month: month, day: day, hour: 12)
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = CalendarDay(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "Not a YYYY-MM-DD date: \(text)")
    }
    self = day
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
