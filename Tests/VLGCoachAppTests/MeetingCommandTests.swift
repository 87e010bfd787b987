import CoachCore
import Foundation
import Testing

@Suite("vlgcoach meeting …")
struct MeetingCommandTests {
  @Test func planAMeetingWithThePhasesAgendaAndListIt() throws {
    let fixture = try CommunityFixture()
    let add = try fixture.succeed([
      "meeting", "add", "--community", "vlg handel", "--date", "2099-03-10", "--time", "9:30",
      "--place", "KA Geel, lokaal 2.14",
    ])
    #expect(add.stdout == "Planned meeting 1 on 2099-03-10 at 09:30 for VLG Handel Kempen.\n")
    let dutch = try fixture.run(
      ["meeting", "add", "--community", "VLG", "--date", "2099-01-12", "--lang", "nl"])
    #expect(dutch.stdout == "Bijeenkomst 1 gepland op 2099-01-12 voor VLG Handel Kempen.\n")

    let table = try fixture.succeed(["meeting", "list", "--community", "VLG"])
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("#  Date"))
    #expect(lines[1].hasPrefix("1  2099-01-12"))
    #expect(lines[2].hasPrefix("2  2099-03-10  09:30  KA Geel, lokaal 2.14  phase 4  5"))

    let meetings = try fixture.json(["meeting", "list", "--community", "VLG"])
    #expect(meetings.count == 2)
    let second = try #require(meetings.last)
    #expect(
      Set(second.keys) == [
        "number", "id", "date", "time", "place", "phase", "agendaItems", "attendance", "toReview",
      ])
    #expect(second["number"] as? Int == 2)
    #expect(second["date"] as? String == "2099-03-10")
    #expect(second["time"] as? String == "09:30")
    #expect(second["place"] as? String == "KA Geel, lokaal 2.14")
    #expect(second["phase"] as? Int == 4)
    #expect(second["agendaItems"] as? Int == 5)
    #expect(second["toReview"] as? Int == 0)
    // A meeting without a time keeps the key, as null.
    #expect(meetings.first?["time"] is NSNull)
  }

  @Test func withoutADateTheMonthlyRuleProposesEachFieldAndOptionsOverrideThem() throws {
    let fixture = try CommunityFixture()
    try fixture.succeed([
      "meeting", "add", "--community", "VLG", "--date", "2099-02-14", "--time", "14:00",
      "--place", "KA Geel",
    ])
    let byRule = try fixture.succeed(["meeting", "add", "--community", "VLG"])
    #expect(
      byRule.stdout
        == "Planned meeting 2 on 2099-03-14 at 14:00 for VLG Handel Kempen.\n"
        + "The day follows the monthly rule: four weeks after meeting 1, on the same weekday.\n")
    let dutch = try fixture.run([
      "meeting", "add", "--community", "VLG", "--time", "9:30", "--place", "Campus Zuid",
      "--lang", "nl",
    ])
    #expect(
      dutch.stdout
        == "Bijeenkomst 3 gepland op 2099-04-11 om 09:30 voor VLG Handel Kempen.\n"
        + "De dag volgt de maandelijkse regel: vier weken na bijeenkomst 2, op dezelfde weekdag.\n")
    // An explicit date is planned as given, without the rule.
    let given = try fixture.succeed([
      "meeting", "add", "--community", "VLG", "--date", "2099-06-01",
    ])
    #expect(given.stdout == "Planned meeting 4 on 2099-06-01 for VLG Handel Kempen.\n")
    let meetings = try fixture.json(["meeting", "list", "--community", "VLG"])
    #expect(
      meetings.map { $0["date"] as? String } == [
        "2099-02-14", "2099-03-14", "2099-04-11", "2099-06-01",
      ])
    #expect(meetings.map { $0["time"] as? String } == ["14:00", "14:00", "09:30", nil])
    #expect(meetings.map { $0["place"] as? String } == ["KA Geel", "KA Geel", "Campus Zuid", ""])
  }

  @Test func theRuleCountsFromTodayWithoutAMeetingOrAfterAPause() throws {
    let fixture = try CommunityFixture()
    let today = CalendarDay(Date(), in: .current)
    let first = try fixture.succeed(["meeting", "add", "--community", "VLG"])
    let fourWeeks = try #require(today.adding(days: 28))
    #expect(first.stdout.hasPrefix("Planned meeting 1 on \(fourWeeks.iso) for"))
    #expect(
      first.stdout.hasSuffix(
        "The day follows the monthly rule: four weeks from today, as there is no meeting yet.\n"))

    let paused = try CommunityFixture()
    // Wednesday 10 January 2024, long past: the next Wednesday from today on.
    try paused.succeed([
      "meeting", "add", "--community", "VLG", "--date", "2024-01-10", "--time", "16:00",
    ])
    let next = try paused.succeed(["meeting", "add", "--community", "VLG"])
    #expect(next.stdout.contains("after meeting 1 has passed"))
    let planned = try #require(
      try paused.json(["meeting", "list", "--community", "VLG"]).last?["date"] as? String)
    let day = try #require(CalendarDay(iso: planned))
    #expect(day.weekday == 3)
    #expect(day >= today && day < (today.adding(days: 7) ?? today))
  }

  @Test func aCommunityWithoutMeetingsSaysHowToPlanOne() throws {
    let fixture = try CommunityFixture()
    let table = try fixture.succeed(["meeting", "list", "--community", "VLG"])
    #expect(
      table.stdout
        == "VLG Handel Kempen has no meetings yet. Plan one with: vlgcoach meeting add\n")
    #expect(try fixture.json(["meeting", "list", "--community", "VLG"]).isEmpty)
  }

  @Test func attendanceByNameCaseInsensitiveAndByUniquePrefix() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10"])
    let attend = try fixture.succeed([
      "meeting", "attend", "--community", "VLG", "--meeting", "1", "--present", "zoë, JAN DE",
      "--late", "jan p", "--excused", "Els",
    ])
    #expect(attend.stdout == "Attendance at meeting 1 recorded: 3 of 4 there.\n")
    // Changing one member's state later keeps the others.
    try fixture.succeed([
      "meeting", "attend", "--community", "VLG", "--meeting", "1", "--absent", "els claes",
    ])
    let meeting = try #require(try fixture.json(["meeting", "list", "--community", "VLG"]).first)
    let counts = try #require(meeting["attendance"] as? [String: Int])
    #expect(
      counts == [
        "present": 2, "late": 1, "absent": 1, "excused": 0, "attended": 3, "recorded": 4,
        "onList": 4, "attendedOnList": 3,
      ])
    let table = try fixture.succeed(["meeting", "list", "--community", "VLG"])
    #expect(table.stdout.contains("3 of 4"))
    let dutch = try fixture.run(["meeting", "list", "--community", "VLG", "--lang", "nl"])
    #expect(dutch.stdout.contains("3 van 4"))
  }

  @Test func aMemberNamedTwiceWithTheSameStateIsFine() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10"])
    let attend = try fixture.succeed([
      "meeting", "attend", "--community", "VLG", "--meeting", "1", "--present", "Zoë,zoë",
      "--present", "Els",
    ])
    #expect(attend.stdout == "Attendance at meeting 1 recorded: 2 of 2 there.\n")
  }
}
