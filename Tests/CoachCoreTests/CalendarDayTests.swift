import Foundation
import Testing

@testable import CoachCore

@Suite("CalendarDay")
struct CalendarDayTests {
  @Test func parsesAnISODate() throws {
    let parsed = try #require(CalendarDay(iso: "2026-03-05"))
    #expect(parsed.year == 2026)
    #expect(parsed.month == 3)
    #expect(parsed.day == 5)
  }

  @Test func formatsWithZeroPadding() throws {
    #expect(CalendarDay(year: 2026, month: 3, day: 5)?.iso == "2026-03-05")
    #expect(CalendarDay(year: 2026, month: 11, day: 30)?.iso == "2026-11-30")
    #expect(CalendarDay(year: 812, month: 1, day: 9)?.iso == "0812-01-09")
    #expect(CalendarDay(year: 2026, month: 12, day: 8)?.description == "2026-12-08")
  }

  @Test(arguments: ["2026-03-05", "2024-02-29", "0001-01-01", "9999-12-31", "0812-01-09"])
  func formattingAParsedDayGivesTheSameText(_ text: String) throws {
    #expect(try #require(CalendarDay(iso: text)).iso == text)
  }

  @Test func toleratesSurroundingWhiteSpace() {
    #expect(CalendarDay(iso: " 2026-03-05\n") == CalendarDay(year: 2026, month: 3, day: 5))
  }

  @Test(
    arguments: [
      "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32",
      "0000-01-01", "26-1-1", "2026-1-01", "2026-01-1", "20260-01-01", "2026/03/05",
      "2026-03-05T10:00", "2026-03", "2026--03-05", "-2026-03-05", "+026-03-05", "2026-+3-05",
      "２０２６-03-05", "2026-٠٣-05", "", "   ", "garbage", "yyyy-mm-dd",
    ])
  func refusesInvalidText(_ text: String) {
    #expect(CalendarDay(iso: text) == nil)
  }

  @Test func refusesInvalidComponents() {
    #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
    #expect(CalendarDay(year: 2026, month: 6, day: 31) == nil)
    #expect(CalendarDay(year: 2026, month: 0, day: 1) == nil)
    #expect(CalendarDay(year: 2026, month: 1, day: 0) == nil)
    #expect(CalendarDay(year: 0, month: 1, day: 1) == nil)
    #expect(CalendarDay(year: 10_000, month: 1, day: 1) == nil)
  }

  @Test func knowsTheLeapYears() {
    #expect(CalendarDay(iso: "2024-02-29") != nil)
    #expect(CalendarDay(iso: "2000-02-29") != nil, "divisible by 400")
    #expect(CalendarDay(iso: "2023-02-29") == nil)
    #expect(CalendarDay(iso: "1900-02-29") == nil, "divisible by 100, not by 400")
    #expect(CalendarDay(iso: "2100-02-29") == nil)
    #expect(CalendarDay(iso: "2023-02-28") != nil)
  }

  @Test func ordersByYearThenMonthThenDay() throws {
    let days = try ["2026-03-05", "2025-12-31", "2026-03-04", "2026-02-28", "2026-10-01"]
      .map { try day($0) }
    #expect(
      days.sorted().map(\.iso) == [
        "2025-12-31", "2026-02-28", "2026-03-04", "2026-03-05", "2026-10-01",
      ])
    #expect(try day("2026-03-05") < day("2026-03-06"))
    #expect(try !(day("2026-03-05") < day("2026-03-05")))
    #expect(try day("2026-09-30") < day("2026-10-01"), "month 9 before month 10, not as text")
    #expect(try day("2026-03-05") == day("2026-03-05"))
  }

  @Test func takesTheDayOfAnInstantInATimeZone() throws {
    // 2026-03-05 23:30 UTC is already 6 March in Brussels (UTC+1 in winter).
    let instant = Date(timeIntervalSince1970: 1_772_753_400)
    let utc = try #require(TimeZone(identifier: "UTC"))
    let brussels = try #require(TimeZone(identifier: "Europe/Brussels"))
    #expect(CalendarDay(instant, in: utc).iso == "2026-03-05")
    #expect(CalendarDay(instant, in: brussels).iso == "2026-03-06")
  }

  @Test(arguments: ["UTC", "Europe/Brussels", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
  func theNoonOfADayFallsOnThatDay(_ zone: String) throws {
    let timeZone = try #require(TimeZone(identifier: zone))
    for text in ["2026-03-29", "2026-10-25", "2024-02-29", "2026-12-31"] {
      let original = try day(text)
      #expect(CalendarDay(original.date(in: timeZone), in: timeZone) == original)
    }
  }

  private struct Holder: Codable, Equatable {
    var day: CalendarDay
    var optional: CalendarDay?
  }

  @Test func isStoredAsTextInAPropertyList() throws {
    let holder = Holder(day: try day("2026-03-05"), optional: try day("2024-02-29"))
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    let data = try encoder.encode(holder)
    let xml = String(decoding: data, as: UTF8.self)
    #expect(xml.contains("<string>2026-03-05</string>"))
    #expect(xml.contains("<string>2024-02-29</string>"))
    #expect(try PropertyListDecoder().decode(Holder.self, from: data) == holder)
  }

  @Test(arguments: ["2026-02-30", "5 maart", "", "2026-3-5"])
  func refusesToDecodeAnInvalidDate(_ text: String) throws {
    let data = try PropertyListSerialization.data(
      fromPropertyList: ["day": text], format: .xml, options: 0)
    #expect(throws: DecodingError.self) {
      try PropertyListDecoder().decode(Holder.self, from: data)
    }
  }
}
