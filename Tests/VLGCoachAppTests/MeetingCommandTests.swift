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
