import CoachCore
import Foundation
import Testing

@testable import CoachUI

@Suite("Dates as text")
struct DateTextTests {
  /// A remembered text is the one a formatter of its own locale, zone and template gives,
  /// asked for the first time or again, in one language after the other.
  @Test func rememberedTextsAreTheFormattersOwn() throws {
    let zone = try #require(TimeZone(identifier: "Europe/Brussels"))
    let start = try #require(CalendarDay(year: 2026, month: 1, day: 1))
    let days = (0..<400).compactMap { start.adding(days: $0) }
    #expect(days.count == 400)
    for _ in 0..<2 {
      for locale in ["nl_BE", "en_GB"] {
        let dates = DateText(localeIdentifier: locale, timeZone: zone)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = zone
        formatter.setLocalizedDateFormatFromTemplate("dMMMyyyy")
        for day in days {
          #expect(dates.shortDay(day) == formatter.string(from: day.date(in: zone)), "\(day)")
        }
      }
    }
  }
}
