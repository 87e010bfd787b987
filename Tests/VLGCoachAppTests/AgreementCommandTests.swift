import Foundation
import Testing

@Suite("vlgcoach agreement …")
struct AgreementCommandTests {
  @Test func addAgreementsOfEachKindAndListThemAsJSON() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10", "2099-02-14"])
    let first = try fixture.succeed([
      "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", "finish", "--owner",
      "zoë,jan de", "Hoofdstuk 3 afwerken",
    ])
    #expect(first.stdout == "Added agreement 1 to meeting 1 of VLG Handel Kempen.\n")
    let second = try fixture.run([
      "agreement", "add", "--community", "VLG", "--meeting", "2", "--kind", "DISCUSS", "--owner",
      "Jan P", "--due", "2099-03-01", "Casus | lezen", "--lang", "nl",
    ])
    #expect(second.stdout == "Afspraak 2 toegevoegd aan bijeenkomst 2 van VLG Handel Kempen.\n")
    try fixture.succeed([
      "agreement", "add", "--community", "VLG", "--meeting", "2", "--kind", "provide", "--owner",
      "Els", "--owner", "Zoë", "Oefenbundel",
    ])

    let agreements = try fixture.json(["agreement", "list", "--community", "VLG"])
    #expect(agreements.map { $0["number"] as? Int } == [1, 2, 3])
    let one = try #require(agreements.first)
    #expect(
      Set(one.keys) == [
        "community", "communityID", "number", "id", "kind", "letter", "text", "owners", "meeting",
        "due", "dueDay", "status", "timesCarriedOver", "overdue",
      ])
    #expect(one["community"] as? String == "VLG Handel Kempen")
    #expect(one["communityID"] as? String == fixture.communityID)
    #expect(one["kind"] as? String == "finish")
    #expect(one["letter"] as? String == "a")
    #expect(one["text"] as? String == "Hoofdstuk 3 afwerken")
    #expect(one["owners"] as? [String] == ["Zoë Dëmeester", "Jan de Vries"])
    #expect(one["meeting"] as? Int == 1)
    #expect(one["due"] as? String == "next-meeting")
    #expect(one["dueDay"] as? String == "2099-02-14")
    #expect(one["status"] as? String == "open")
    #expect(one["timesCarriedOver"] as? Int == 0)
    #expect(one["overdue"] as? Bool == false)
    #expect(agreements[1]["due"] as? String == "2099-03-01")
    #expect(agreements[1]["kind"] as? String == "discuss")
    // Due at a next meeting that is not planned yet: the day is unknown, the key stays.
    #expect(agreements[2]["dueDay"] is NSNull)
    #expect(agreements[2]["owners"] as? [String] == ["Els Claes", "Zoë Dëmeester"])

    let table = try fixture.succeed(["agreement", "list", "--community", "VLG"])
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Community") == true)
    #expect(
      lines.contains { $0.contains("(a) finish") && $0.contains("next meeting (2099-02-14)") })
    #expect(
      lines.contains { $0.contains("(b) discuss critically") && $0.contains("Casus | lezen") })
    #expect(lines.contains { $0.contains("(c) provide material") && $0.contains("next meeting") })
  }

  @Test func theListAcrossCommunitiesPutsOverdueFirstThenByDueDay() throws {
    let fixture = try CommunityFixture()
    _ = try fixture.succeed(["community", "add", "Andere VLG"])
    try fixture.succeed(["member", "add", "--community", "Andere", "Rik"])
    try fixture.succeed(["meeting", "add", "--community", "Andere", "--date", "2024-05-01"])
    try fixture.planMeetings(["2024-01-10"])
    for (community, owner, due, text) in [
      ("VLG", "Zoë", "2099-06-01", "Late in the future"),
      ("Andere", "Rik", "2099-01-01", "Early in the future"),
      ("VLG", "Els", "2024-02-01", "Overdue since February"),
    ] {
      try fixture.succeed([
        "agreement", "add", "--community", community, "--meeting", "1", "--kind", "finish",
        "--owner", owner, "--due", due, text,
      ])
    }
    let all = try fixture.json(["agreement", "list"])
    #expect(
      all.map { $0["text"] as? String } == [
        "Overdue since February", "Early in the future", "Late in the future",
      ])
    #expect(all.map { $0["overdue"] as? Bool } == [true, false, false])
    #expect(
      all.map { $0["community"] as? String } == [
        "VLG Handel Kempen", "Andere VLG", "VLG Handel Kempen",
      ])
    let table = try fixture.succeed(["agreement", "list"])
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix("VLG Handel Kempen") && lines[1].hasSuffix("overdue"))
    #expect(lines[2].hasPrefix("Andere VLG"))
    let scoped = try fixture.json(["agreement", "list", "--community", "andere"])
    #expect(scoped.map { $0["text"] as? String } == ["Early in the future"])
  }

  @Test func withoutAStoreTheListIsEmptyAndNoStoreIsMade() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("none").path
    let table = try CommandRunner.run(["agreement", "list", "--store", store])
    #expect(table.status == 0)
    #expect(table.stdout == "No agreements.\n")
    let open = try CommandRunner.run(["agreement", "list", "--open", "--json", "--store", store])
    #expect(open.stdout == "[\n\n]\n")
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  @Test func closingIsRecordedBetweenMeetingsOrInTheHeldMeetingNamed() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10", "2024-02-14", "2024-03-13", "2099-04-10"])
    for (meeting, text) in [("1", "One"), ("1", "Two"), ("3", "Three"), ("4", "Four")] {
      try fixture.succeed([
        "agreement", "add", "--community", "VLG", "--meeting", meeting, "--kind", "provide",
        "--owner", "Zoë", text,
      ])
    }
    // Closed today with no meeting today: between meetings; an old meeting's minutes stay.
    let byNumber = try fixture.succeed([
      "agreement", "close", "--community", "VLG", "A1", "--status", "done",
    ])
    #expect(byNumber.stdout == "Agreement 1: done (recorded between meetings).\n")
    // Made in the last held meeting: no meeting after it is held yet, so between meetings.
    let between = try fixture.succeed([
      "agreement", "close", "--community", "VLG", "3", "--status", "dropped", "--reason",
      "not needed",
    ])
    #expect(between.stdout == "Agreement 3: dropped (recorded between meetings).\n")
    let listed = try fixture.json(["agreement", "list", "--community", "VLG"])
    let secondID = try #require(listed.first { $0["number"] as? Int == 2 }?["id"] as? String)
    let byID = try fixture.run([
      "agreement", "close", "--community", "VLG", secondID, "--status", "partly", "--reason",
      "half", "--meeting", "3", "--lang", "nl",
    ])
    #expect(byID.stdout == "Afspraak 2: deels (genoteerd in bijeenkomst 3).\n")
    let after = try fixture.json(["agreement", "list", "--community", "VLG"])
    let statuses = Dictionary(
      uniqueKeysWithValues: after.compactMap { entry in
        (entry["number"] as? Int).map { ($0, entry["status"] as? String ?? "") }
      })
    #expect(statuses == [1: "done", 2: "partly", 3: "dropped", 4: "open"])
    let open = try fixture.json(["agreement", "list", "--community", "VLG", "--open"])
    #expect(open.map { $0["number"] as? Int } == [2, 4])
  }

  /// `agreement list` into a pipe (as here) never cuts the text.
  @Test func aPipedListKeepsEveryTextWhole() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10"])
    let text = "Try the rubric in one class and bring some examples of student work next time"
    try fixture.succeed([
      "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", "finish", "--owner",
      "zoë", text,
    ])
    let list = try fixture.succeed(["agreement", "list"])
    #expect(list.stdout.contains(text))
  }
}
