import Foundation
import Testing

@Suite("Homework carried over across three meetings, through the command line")
struct CarryOverCommandTests {
  @Test func partlyAndNeverReviewedAgreementsAreCarriedOverAndListedAsOpen() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10", "2024-02-14"])
    for (kind, owner, text) in [
      ("finish", "Zoë", "Hoofdstuk 3 afwerken"), ("discuss", "Jan de", "Casus lezen"),
      ("provide", "Els", "Oefenbundel"), ("finish", "Zoë,Jan de,Els", "Toets opstellen"),
    ] {
      try fixture.succeed([
        "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", kind, "--owner",
        owner, text,
      ])
    }
    // Reviewed in meeting 2 (named with --meeting); number 4 is not looked at.
    for (number, status, reason) in [
      ("1", "done", ""), ("2", "partly", "helft gelezen"), ("3", "dropped", "niet meer nodig"),
    ] {
      let close = try fixture.succeed([
        "agreement", "close", "--community", "VLG", number, "--meeting", "2", "--status", status,
        "--reason", reason,
      ])
      #expect(close.stdout.contains("(recorded in meeting 2)"))
    }
    // Meeting 3 is held too; meeting 4 is still to come and carries nothing over yet.
    try fixture.planMeetings(["2024-03-13", "2099-04-10"])

    let meetings = try fixture.json(["meeting", "list", "--community", "VLG"])
    #expect(meetings.map { $0["toReview"] as? Int } == [0, 4, 2, 2])

    let all = try fixture.json(["agreement", "list", "--community", "VLG"])
    let byNumber = Dictionary(
      uniqueKeysWithValues: all.compactMap { entry in (entry["number"] as? Int).map { ($0, entry) }
      })
    #expect(byNumber[1]?["status"] as? String == "done")
    #expect(byNumber[2]?["status"] as? String == "partly")
    #expect(byNumber[3]?["status"] as? String == "dropped")
    #expect(byNumber[4]?["status"] as? String == "open")
    #expect((1...4).map { byNumber[$0]?["timesCarriedOver"] as? Int } == [0, 2, 0, 2])

    let open = try fixture.json(["agreement", "list", "--open"])
    #expect(open.map { $0["number"] as? Int } == [2, 4])
    #expect(open.map { $0["timesCarriedOver"] as? Int } == [2, 2])
    #expect(open.map { $0["overdue"] as? Bool } == [true, true])

    let table = try fixture.succeed(["agreement", "list", "--open"])
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[1].contains("Casus lezen") && lines[1].contains("partly"))
    #expect(lines[2].contains("Toets opstellen") && lines[2].contains("open"))
    for line in lines.dropFirst() {
      #expect(line.contains("  2  ") && line.hasSuffix("overdue"), "\(line)")
    }
    #expect(!table.stdout.contains("Hoofdstuk") && !table.stdout.contains("Oefenbundel"))

    // Meeting 3's minutes show agreement 2 as partly (recorded in meeting 2), never as open.
    let minutes = try fixture.succeed([
      "export", "minutes", "--community", "VLG", "--meeting", "3",
    ])
    let rows = minutes.stdout.split(separator: "\n").filter { $0.hasPrefix("| 2 |") }
    #expect(rows.count == 1)
    #expect(rows.allSatisfy { $0.contains("| partly | 2 | helft gelezen |") }, "\(rows)")
  }
}
