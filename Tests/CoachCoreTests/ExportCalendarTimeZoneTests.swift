import Foundation
import Testing

@testable import CoachCore

/// Meetings with a time start at that time in the coach's zone, which the file describes
/// itself (VTIMEZONE), so every calendar reads 14:00 in Brussels as 14:00 in Brussels.
@Suite("Calendar export: time zones")
struct ExportCalendarTimeZoneTests {
  func zone(_ identifier: String) throws -> TimeZone {
    try #require(TimeZone(identifier: identifier))
  }

  /// The lines of the first component named `name`, e.g. `DAYLIGHT`.
  func lines(of name: String, in calendar: String) -> [String] {
    let all = calendar.components(separatedBy: "\r\n")
    guard let start = all.firstIndex(of: "BEGIN:" + name),
      let end = all[start...].firstIndex(of: "END:" + name)
    else { return [] }
    return Array(all[(start + 1)..<end])
  }

  func calendar(_ community: Community, in identifier: String) throws -> String {
    MeetingCalendar.render(
      community, language: .nl, now: Fixture.now, timeZone: try zone(identifier))
  }

  @Test func brusselsHasSummerAndWinterTimeByTheRuleOfTheLastSunday() throws {
    let text = try calendar(try ExportFixture.community(.nl), in: "Europe/Brussels")
    #expect(lines(of: "VTIMEZONE", in: text).first == "TZID:Europe/Brussels")
    // The rules start in the year before the first meeting (2026), so they cover it.
    #expect(
      lines(of: "DAYLIGHT", in: text).prefix(4) == [
        "DTSTART:20250330T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      ])
    #expect(
      lines(of: "STANDARD", in: text).prefix(4) == [
        "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      ])
    #expect(text.contains("\r\nDTSTART;TZID=Europe/Brussels:20261208T140000\r\n"))
    #expect(text.contains("\r\nDTEND;TZID=Europe/Brussels:20261208T152500\r\n"))
    // Only one VTIMEZONE, before the events.
    #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
    #expect(
      text.range(of: "BEGIN:VTIMEZONE")?.lowerBound ?? text.endIndex
        < text.range(of: "BEGIN:VEVENT")?.lowerBound ?? text.startIndex)
  }

  @Test func otherRulesAreReadFromTheZoneToo() throws {
    let community = try ExportFixture.community(.nl)
    let newYork = try calendar(community, in: "America/New_York")
    #expect(lines(of: "DAYLIGHT", in: newYork).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"))
    #expect(lines(of: "STANDARD", in: newYork).contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"))
    #expect(lines(of: "STANDARD", in: newYork).contains("TZOFFSETTO:-0500"))
    let sydney = try calendar(community, in: "Australia/Sydney")
    #expect(lines(of: "DAYLIGHT", in: sydney).contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"))
    #expect(lines(of: "STANDARD", in: sydney).contains("RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"))
    #expect(lines(of: "DAYLIGHT", in: sydney).contains("TZOFFSETTO:+1100"))
  }

  @Test func aZoneWithoutSummerTimeHasOneStandardObservance() throws {
    let community = try ExportFixture.community(.nl)
    for (zone, name, offset) in [
      (try zone("UTC"), "GMT", "+0000"), (try zone("Asia/Tokyo"), "Asia/Tokyo", "+0900"),
      (try #require(TimeZone(secondsFromGMT: -(3 * 3_600 + 1_800))), "GMT-0330", "-0330"),
    ] {
      let text = MeetingCalendar.render(
        community, language: .nl, now: Fixture.now, timeZone: zone)
      #expect(lines(of: "VTIMEZONE", in: text).first == "TZID:" + name)
      #expect(!text.contains("BEGIN:DAYLIGHT"))
      #expect(
        lines(of: "STANDARD", in: text).prefix(3) == [
          "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset,
        ])
      #expect(!text.contains("RRULE"))
      #expect(text.contains("\r\nDTSTART;TZID=\(name):20261006T140000\r\n"))
    }
  }

  @Test func aZoneWhoseDaysMoveEveryYearListsEachChange() throws {
    // Morocco leaves summer time for Ramadan: no yearly rule fits.
    let text = try calendar(try ExportFixture.community(.nl), in: "Africa/Casablanca")
    #expect(!text.contains("RRULE"))
    let observances =
      text.components(separatedBy: "BEGIN:STANDARD").count
      + text.components(separatedBy: "BEGIN:DAYLIGHT").count - 2
    #expect(observances > 2)
  }

  @Test func withoutATimedMeetingThereIsNoZone() throws {
    var community = try makeCommunity("VLG", members: ["An"])
    community.addMeeting(on: try day("2026-11-10"), language: .nl)
    let text = try calendar(community, in: "Europe/Brussels")
    #expect(!text.contains("VTIMEZONE"))
    #expect(text.contains("\r\nDTSTART;VALUE=DATE:20261110\r\n"))
    #expect(text.contains("\r\nDTEND;VALUE=DATE:20261111\r\n"))
  }

  @Test func theEndIsCountedOnTheRealClockAcrossTheChangeOfTime() throws {
    var community = try makeCommunity("VLG", members: ["An"])
    // A night meeting of two hours as summer time ends (25 Oct 2026, 03:00 back to 02:00).
    var meeting = community.addMeeting(
      on: try day("2026-10-25"), at: TimeOfDay(hour: 1, minute: 30), language: .nl)
    meeting.agenda = [AgendaItem(title: "Lang", plannedMinutes: 120)]
    community.updateMeeting(meeting)
    let text = try calendar(community, in: "Europe/Brussels")
    #expect(text.contains("\r\nDTEND;TZID=Europe/Brussels:20261025T023000\r\n"))
  }

  @Test(.enabled(if: PythonICalendar.shouldRun, PythonICalendar.skipReason))
  func pythonsICalendarReadsTheTimesInBrussels() throws {
    let community = try ExportFixture.community(.nl)
    let events = try PythonICalendar.events(try calendar(community, in: "Europe/Brussels"))
    try #require(events.count == 3)
    // Meeting 1, 6 October 2026 14:00 in summer: 12:00 UTC; 85 minutes planned.
    #expect(events[0].start.tzid == "Europe/Brussels")
    #expect(events[0].start.local == "2026-10-06T14:00:00")
    #expect(events[0].start.utc == "2026-10-06T12:00:00+00:00")
    #expect(events[0].end.utc == "2026-10-06T13:25:00+00:00")
    // Meeting 2 has no time: a whole day.
    #expect(events[1].start.date == "2026-11-10")
    #expect(events[1].end.date == "2026-11-11")
    // Meeting 3, 8 December 2026 14:00 in winter: 13:00 UTC, until 15:25 local.
    #expect(events[2].start.utc == "2026-12-08T13:00:00+00:00")
    #expect(events[2].end.local == "2026-12-08T15:25:00")
    #expect(events[2].end.utc == "2026-12-08T14:25:00+00:00")
    // A calendar that only reads the file's own VTIMEZONE gets the same instants.
    for event in events where event.start.tzid != nil {
      #expect(event.start.ownUTC == event.start.utc)
      #expect(event.end.ownUTC == event.end.utc)
    }
  }

  @Test(
    .enabled(if: PythonICalendar.shouldRun, PythonICalendar.skipReason),
    // Zones with settled rules: Foundation's and Python's copies of the tz database agree
    // on them (not so on predicted ones, such as Morocco's Ramadan days).
    arguments: ["Europe/Brussels", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"])
  func theFilesOwnZoneAgreesWithTheTimeZoneDatabase(_ identifier: String) throws {
    // Meetings in every month of two years, at 14:00: summer and winter in both hemispheres.
    var community = try makeCommunity("VLG", members: ["An"])
    for month in 1...24 {
      let year = 2026 + (month - 1) / 12
      community.addMeeting(
        on: try #require(CalendarDay(year: year, month: (month - 1) % 12 + 1, day: 15)),
        at: TimeOfDay(hour: 14, minute: 0), language: .nl)
    }
    let events = try PythonICalendar.events(try calendar(community, in: identifier))
    #expect(events.count == 24)
    for event in events {
      #expect(event.start.local?.hasSuffix("T14:00:00") == true)
      #expect(event.start.ownUTC == event.start.utc, "\(identifier) \(event.start)")
      #expect(event.end.ownUTC == event.end.utc, "\(identifier) \(event.end)")
    }
  }
}
