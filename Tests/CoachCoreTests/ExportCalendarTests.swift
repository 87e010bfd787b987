import Foundation
import Testing

@testable import CoachCore

/// The iCalendar export checked line by line against RFC 5545.
@Suite("Calendar export: RFC 5545")
struct ExportCalendarTests {
  typealias Component = (name: String, lines: [ICalendarReader.ContentLine])

  func components(_ community: Community, now: Date = Fixture.now) throws -> [Component] {
    let reader = try ICalendarReader(render(community, now: now))
    return try ICalendarReader.components(reader.contentLines())
  }

  /// The calendar as a coach in Brussels exports it.
  func render(_ community: Community, language: Language = .nl, now: Date = Fixture.now) throws
    -> String
  {
    MeetingCalendar.render(
      community, language: language, now: now, timeZone: try #require(Self.brussels))
  }

  static let brussels = TimeZone(identifier: "Europe/Brussels")

  func events(_ components: [Component]) -> [Component] {
    components.filter { $0.name == "VEVENT" }
  }

  func values(_ name: String, in component: Component) -> [String] {
    component.lines.filter { $0.name == name }.map(\.value)
  }

  /// A community whose texts are long, multi-byte and full of characters TEXT must escape.
  func awkwardCommunity() throws -> Community {
    var community = try ExportFixture.community(.nl)
    community.name = String(repeating: "Zoë’s VLG; Handel, Kempen \\ 👩‍🏫\n", count: 8)
    var third = try #require(community.meeting(withID: ExportFixture.thirdMeeting))
    third.place = String(repeating: "é€😀", count: 40) + ";,\\\n\r\n\u{7}\t"
    third.agenda[1].title = String(repeating: "x", count: 300)
    community.updateMeeting(third)
    return community
  }

  @Test func physicalLinesAreFoldedAtSeventyFiveOctetsWithCRLF() throws {
    for community in [try ExportFixture.community(.nl), try awkwardCommunity()] {
      let text = try render(community)
      let reader = try ICalendarReader(text)
      #expect(reader.physicalLines.first?.first != 32)
      for line in reader.physicalLines {
        #expect(line.count <= 75)
        #expect(!line.isEmpty)
        #expect(line.first != 9, "a continuation line starts with a space, not a tab")
        if line.first == 32 { #expect(line.dropFirst().first != nil) }
        // Never a multi-byte character split over two lines.
        #expect(String(validating: line, as: UTF8.self) != nil)
      }
      // Both have lines longer than 75 octets (the agenda, the long name), so folded ones.
      #expect(reader.physicalLines.contains { $0.first == 32 })
    }
  }

  @Test func unfoldingGivesBackTheEscapedValues() throws {
    let community = try awkwardCommunity()
    let all = try components(community)
    let calendar = try #require(all.first { $0.name == "VCALENDAR" })
    #expect(values("X-WR-CALNAME", in: calendar) == [ICalendarText.escape(community.name)])
    let third = try #require(community.meeting(withID: ExportFixture.thirdMeeting))
    let event = try #require(
      events(all).first { values("UID", in: $0) == [MeetingCalendar.uid(of: third)] })
    let location = try #require(values("LOCATION", in: event).first)
    #expect(location == ICalendarText.escape(third.place))
    #expect(
      try ICalendarReader.unescape(location)
        == String(repeating: "é€😀", count: 40) + ";,\\\n\n ")
    let summary = try #require(values("SUMMARY", in: event).first)
    #expect(try ICalendarReader.unescape(summary) == community.name + " — bijeenkomst 3")
    let description = try #require(values("DESCRIPTION", in: event).first)
    #expect(
      try ICalendarReader.unescape(description).components(separatedBy: "\n")
        == third.agenda.map(\.title))
  }

  @Test func textValuesEscapeBackslashSemicolonCommaAndLineBreaks() throws {
    #expect(ICalendarText.escape("a;b,c\\d\ne\r\nf\rg") == "a\\;b\\,c\\\\d\\ne\\nf\\ng")
    #expect(ICalendarText.escape("x\u{0}\u{1B}\u{7F}\u{9B}\ty") == "x y")
    var community = try ExportFixture.community(.nl)
    community.name = "A;B,C\\D\nE"
    let text = try render(community)
    #expect(text.contains("\r\nX-WR-CALNAME:A\\;B\\,C\\\\D\\nE\r\n"))
    #expect(text.contains("\r\nSUMMARY:A\\;B\\,C\\\\D\\nE — bijeenkomst 1\r\n"))
    let controls = text.unicodeScalars.filter {
      $0.properties.generalCategory == .control && $0 != "\r" && $0 != "\n"
    }
    #expect(controls.isEmpty)
  }

  @Test func componentsAreBalancedAndRequiredPropertiesOccurOnce() throws {
    let all = try components(try ExportFixture.community(.nl))
    #expect(
      all.map(\.name) == [
        "VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT", "VEVENT", "VEVENT",
      ])
    let calendar = all[0]
    #expect(values("VERSION", in: calendar) == ["2.0"])
    #expect(values("PRODID", in: calendar) == ["-//vlgcoach//vlgcoach//NL"])
    #expect(values("CALSCALE", in: calendar) == ["GREGORIAN"])
    #expect(values("METHOD", in: calendar) == ["PUBLISH"])
    #expect(values("X-WR-CALNAME", in: calendar) == ["VLG Handel Kempen"])
    for event in events(all) {
      for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"] {
        #expect(values(name, in: event).count == 1, "\(name) once per event")
      }
      #expect(values("DTSTAMP", in: event) == ["20260528T202640Z"])
    }
    #expect(
      events(all).map { values("SUMMARY", in: $0) }
        == [
          ["VLG Handel Kempen — bijeenkomst 1"], ["VLG Handel Kempen — bijeenkomst 2"],
          ["VLG Handel Kempen — bijeenkomst 3"],
        ])
    #expect(
      events(all).map { values("LOCATION", in: $0) } == [
        ["KOGEKA Geel"], ["Heilig Graf Turnhout"], ["Campus Zuid\\, lokaal 2.14"],
      ])
  }

  @Test func uidsAreUniqueAndStableAcrossRenders() throws {
    let community = try ExportFixture.community(.nl)
    let first = try components(community, now: Fixture.now)
    let later = try components(community, now: Fixture.now.addingTimeInterval(86_400 * 40))
    let uids = events(first).flatMap { values("UID", in: $0) }
    #expect(Set(uids).count == 3)
    #expect(uids == events(later).flatMap { values("UID", in: $0) })
    #expect(uids == ExportFixture.meetingIDs.map { $0.uuidString.lowercased() + "@vlgcoach" })
    #expect(
      events(later).flatMap { values("DTSTAMP", in: $0) }.allSatisfy { $0 == "20260707T202640Z" })
  }

  @Test func startAndEndWithATimeAreInTheCoachsZoneAndLastTheAgenda() throws {
    let all = events(try components(try ExportFixture.community(.nl)))
    // Meeting 1: 14:00, the phase 4 agenda plans 85 minutes.
    #expect(values("DTSTART", in: all[0]) == ["20261006T140000"])
    #expect(values("DTEND", in: all[0]) == ["20261006T152500"])
    for name in ["DTSTART", "DTEND"] {
      #expect(all[0].lines.first { $0.name == name }?.parameters == ["TZID=Europe/Brussels"])
    }
    // Meeting 2: no time, a whole day.
    let start = try #require(all[1].lines.first { $0.name == "DTSTART" })
    #expect(start.parameters == ["VALUE=DATE"])
    #expect(start.value == "20261110")
    #expect(values("DTEND", in: all[1]) == ["20261111"])
  }

  @Test func durationsAreAtLeastAnHourAndMayCrossMidnightOrTheYear() throws {
    var community = try makeCommunity("VLG Laat", members: ["Jan"])
    let short = community.addMeeting(
      on: try day("2026-03-10"), at: TimeOfDay(hour: 9, minute: 5), language: .nl)
    var shortMeeting = short
    shortMeeting.agenda = [AgendaItem(title: "Kort", plannedMinutes: 20)]
    community.updateMeeting(shortMeeting)
    community.addMeeting(
      on: try day("2026-12-31"), at: TimeOfDay(hour: 23, minute: 30), language: .nl)
    community.addMeeting(on: try day("2028-02-28"), language: .nl)
    let all = events(try components(community))
    #expect(
      all.map { values("DTSTART", in: $0) } == [
        ["20260310T090500"], ["20261231T233000"], ["20280228"],
      ])
    // 20 minutes planned: an hour. 70 planned (phase 1): into the next year. Then a leap day.
    #expect(
      all.map { values("DTEND", in: $0) } == [
        ["20260310T100500"], ["20270101T004000"], ["20280229"],
      ])
  }

  @Test func anEmptyCommunityIsAValidCalendar() throws {
    let community = try makeCommunity("VLG Leeg")
    let text = try render(community, language: .en)
    #expect(
      text
        == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vlgcoach//vlgcoach//EN\r\n"
        + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:VLG Leeg\r\nEND:VCALENDAR\r\n")
  }

  @Test func foldingNeverSplitsACharacterAndUnfoldsToTheLine() throws {
    for prefix in 0..<5 {
      for piece in ["é", "€", "😀", "👩‍🏫", "a"] {
        let line =
          "DESCRIPTION:" + String(repeating: "a", count: prefix)
          + String(repeating: piece, count: 60)
        let folded = ICalendarText.fold(line)
        let reader = try ICalendarReader(folded)
        #expect(reader.physicalLines.allSatisfy { $0.count <= 75 })
        #expect(reader.physicalLines.dropFirst().allSatisfy { $0.first == 32 })
        #expect(reader.physicalLines.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        // Lines are filled: only the last may be short by more than a character's width.
        #expect(reader.physicalLines.dropLast().allSatisfy { $0.count > 71 })
        let unfolded = try reader.contentLines()
        #expect(unfolded.count == 1)
        #expect("DESCRIPTION:" + (unfolded.first?.value ?? "") == line)
      }
    }
    #expect(ICalendarText.fold(String(repeating: "x", count: 75)).utf8.count == 77)
    #expect(
      ICalendarText.fold(String(repeating: "x", count: 76)) == String(repeating: "x", count: 75)
        + "\r\n x\r\n")
  }

  @Test func datesAreComputedOnTheGregorianCalendar() throws {
    #expect(ICalendarDateTime(utc: Date(timeIntervalSince1970: 0)).dateTime == "19700101T000000")
    #expect(ICalendarDateTime(utc: Fixture.now).dateTime == "20260528T202640")
    #expect(ICalendarDateTime(utc: Date(timeIntervalSince1970: -1)).dateTime == "19691231T235959")
    #expect(ICalendarDateTime(try day("2000-02-28")).adding(days: 1).date == "20000229")
    #expect(ICalendarDateTime(try day("2100-02-28")).adding(days: 1).date == "21000301")
    #expect(ICalendarDateTime(try day("0001-01-01")).date == "00010101")
    // Every day from 1900 to 2100 goes round: date to count and back.
    var count = ICalendarDateTime.days(year: 1900, month: 1, day: 1)
    for year in 1900...2100 {
      for month in 1...12 {
        for dayOfMonth in 1...CalendarDay.daysIn(month: month, year: year) {
          #expect(ICalendarDateTime.days(year: year, month: month, day: dayOfMonth) == count)
          let civil = ICalendarDateTime.civil(count)
          if civil != (year, month, dayOfMonth) {
            Issue.record("\(count) reads as \(civil), not \(year)-\(month)-\(dayOfMonth)")
          }
          count += 1
        }
      }
    }
  }
}
