import Foundation
import Testing

@Suite("vlgcoach agreement edit and agreement delete")
struct AgreementEditCommandTests {
  /// Two meetings (one held, one to come), agreement 1 open, agreement 2 closed.
  func fixture() throws -> CommunityFixture {
    try MeetingInputErrorTests().fixture()
  }

  func agreement(_ number: Int, in fixture: CommunityFixture) throws -> [String: Any] {
    let all = try fixture.json(["agreement", "list", "--community", "VLG"])
    return try #require(all.first { $0["number"] as? Int == number })
  }

  @Test func editChangesWhatIsGivenAndKeepsTheRest() throws {
    let fixture = try fixture()
    let edit = try fixture.succeed([
      "agreement", "edit", "--community", "VLG", "A1", "--text", "Hoofdstuk 4 afwerken",
      "--kind", "discuss", "--owner", "vries,els",
    ])
    #expect(edit.stdout == "Agreement 1 changed.\n")
    var one = try agreement(1, in: fixture)
    #expect(one["text"] as? String == "Hoofdstuk 4 afwerken")
    #expect(one["kind"] as? String == "discuss")
    #expect(one["owners"] as? [String] == ["Jan de Vries", "Els Claes"])
    #expect(one["due"] as? String == "next-meeting")
    let due = try fixture.run([
      "agreement", "edit", "--community", "VLG", "1", "--due", "2099-03-01", "--lang", "nl",
    ])
    #expect(due.stdout == "Afspraak 1 aangepast.\n")
    one = try agreement(1, in: fixture)
    #expect(one["due"] as? String == "2099-03-01")
    #expect(one["text"] as? String == "Hoofdstuk 4 afwerken")
    try fixture.succeed(["agreement", "edit", "--community", "VLG", "1", "--due", "next-meeting"])
    #expect(try agreement(1, in: fixture)["due"] as? String == "next-meeting")
    // A closed agreement can be corrected too; its follow-up stays.
    try fixture.succeed(["agreement", "edit", "--community", "VLG", "2", "--text", "Gesloten"])
    #expect(try agreement(2, in: fixture)["status"] as? String == "done")
  }

  @Test func deleteRemovesAnAgreementNotFollowedUpYet() throws {
    let fixture = try fixture()
    let delete = try fixture.succeed(["agreement", "delete", "--community", "VLG", "1"])
    #expect(delete.stdout == "Agreement 1 deleted.\n")
    let all = try fixture.json(["agreement", "list", "--community", "VLG"])
    #expect(all.map { $0["number"] as? Int } == [2])
  }

  @Test func refusedEditsAndDeletesChangeNothing() throws {
    let fixture = try fixture()
    let edit = ["agreement", "edit", "--community", "VLG"]
    try MeetingInputErrorTests().expectRefused(
      [
        (edit + ["1"], "Say what to change with --text, --kind, --owner or --due."),
        (edit + ["1", "--text", "  "], "Write what was agreed."),
        (
          edit + ["1", "--kind", "read"],
          "“read” is not a kind of agreement; choose finish, discuss or provide."
        ),
        (edit + ["1", "--owner", "Piet"], "No member of VLG Handel Kempen matches “Piet”."),
        (
          edit + ["1", "--owner", "Jan"],
          "“Jan” matches more than one member: Jan de Vries, Jan Peeters. Type more of the name."
        ),
        (
          edit + ["1", "--due", "volgende"],
          "“volgende” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08."
        ),
        (
          edit + ["A9", "--text", "x"],
          "No agreement “A9”. See them with: vlgcoach agreement list"
        ),
        (
          ["agreement", "delete", "--community", "VLG", "2"],
          "Agreement 2 was followed up already; deleting it would change the minutes that show"
            + " it. Drop it with a reason instead."
        ),
        (
          ["agreement", "delete", "--community", "VLG", "9"],
          "No agreement “9”. See them with: vlgcoach agreement list"
        ),
      ], in: fixture)
    let dutch = try fixture.run(["agreement", "delete", "--community", "VLG", "2", "--lang", "nl"])
    #expect(dutch.status == 1)
    #expect(
      dutch.stderr
        == "vlgcoach: Afspraak 2 werd al opgevolgd; verwijderen zou de verslagen veranderen die"
        + " dat tonen. Schrap ze liever, met een reden.\n")
  }
}
