import Foundation
import Testing

/// Every refused input: a sentence on stderr, exit 1, nothing on stdout, the community's file
/// byte for byte as it was.
@Suite("Bad input to the meeting and agreement commands changes nothing")
struct MeetingInputErrorTests {
  /// Two meetings (one held, one to come), agreement 1 open, agreement 2 closed.
  func fixture() throws -> CommunityFixture {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10", "2099-02-14"])
    for text in ["Open one", "Closed one"] {
      try fixture.succeed([
        "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", "finish",
        "--owner", "Zoë", text,
      ])
    }
    try fixture.succeed(["agreement", "close", "--community", "VLG", "2", "--status", "done"])
    return fixture
  }

  func expectRefused(
    _ cases: [([String], String)], in fixture: CommunityFixture,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try fixture.communityBytes()
    for (arguments, sentence) in cases {
      let result = try fixture.run(arguments)
      #expect(result.status == 1, "\(arguments)", sourceLocation: sourceLocation)
      #expect(
        result.stderr == "vlgcoach: " + sentence + "\n", "\(arguments)",
        sourceLocation: sourceLocation)
      #expect(result.stdout.isEmpty, "\(arguments)", sourceLocation: sourceLocation)
      #expect(
        try fixture.communityBytes() == before, "\(arguments) changed the store",
        sourceLocation: sourceLocation)
    }
  }

  @Test func meetingAdd() throws {
    let fixture = try fixture()
    let add = ["meeting", "add", "--community", "VLG"]
    try expectRefused(
      [
        (
          add + ["--date", "2026-02-30"],
          "“2026-02-30” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08."
        ),
        (
          add + ["--date", "8/12/2026"],
          "“8/12/2026” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08."
        ),
        (
          add + ["--date", "2099-01-01", "--time", "25:00"],
          "“25:00” is not a time; write HH:MM, e.g. 14:00."
        ),
        (
          add + ["--date", "2099-01-01", "--time", "2pm"],
          "“2pm” is not a time; write HH:MM, e.g. 14:00."
        ),
        (
          ["meeting", "add", "--community", "Wiskunde", "--date", "2099-01-01"],
          "No learning community matches “Wiskunde”. See them with: vlgcoach community list"
        ),
      ], in: fixture)
  }

  @Test func meetingAttend() throws {
    let fixture = try fixture()
    let attend = ["meeting", "attend", "--community", "VLG"]
    try expectRefused(
      [
        (attend + ["--meeting", "3", "--present", "Zoë"], "There is no meeting 3; choose 1 or 2."),
        (attend + ["--meeting", "0", "--present", "Zoë"], "There is no meeting 0; choose 1 or 2."),
        (
          attend + ["--meeting", "een", "--present", "Zoë"],
          "“een” is not a meeting number. See them with: vlgcoach meeting list"
        ),
        (
          attend + ["--meeting", "1", "--present", "Zoë,Piet"],
          "No member of VLG Handel Kempen matches “Piet”."
        ),
        (
          attend + ["--meeting", "1", "--present", "Jan"],
          "“Jan” matches more than one member: Jan de Vries, Jan Peeters. Type more of the name."
        ),
        (
          attend + ["--meeting", "1", "--present", "Zoë", "--absent", "zoë d"],
          "Zoë Dëmeester is named both present and absent; name each member once."
        ),
        (
          attend + ["--meeting", "1", "--present", " , "],
          "Name the members with --present, --absent, --excused or --late."
        ),
      ], in: fixture)
  }

  @Test func agreementAdd() throws {
    let fixture = try fixture()
    let add = ["agreement", "add", "--community", "VLG"]
    try expectRefused(
      [
        (
          add + ["--meeting", "1", "--kind", "homework", "--owner", "Zoë", "x"],
          "“homework” is not a kind of agreement; choose finish, discuss or provide."
        ),
        (
          add + [
            "--meeting", "1", "--kind", "finish", "--owner", "Zoë", "--due", "2099-13-01", "x",
          ],
          "“2099-13-01” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08."
        ),
        (
          add + ["--meeting", "9", "--kind", "finish", "--owner", "Zoë", "x"],
          "There is no meeting 9; choose 1 or 2."
        ),
        (
          add + ["--meeting", "1", "--kind", "finish", "--owner", "Zoë,Nobody", "x"],
          "No member of VLG Handel Kempen matches “Nobody”."
        ),
        (
          add + ["--meeting", "1", "--kind", "finish", "x"],
          "An agreement needs at least one owner."
        ),
        (
          add + ["--meeting", "1", "--kind", "finish", "--owner", "Zoë", "  "],
          "Write what was agreed."
        ),
      ], in: fixture)
  }

  @Test func agreementClose() throws {
    let fixture = try fixture()
    let close = ["agreement", "close", "--community", "VLG"]
    try expectRefused(
      [
        (
          close + ["1", "--status", "finished"],
          "“finished” is not a status; choose done, partly or dropped."
        ),
        (
          close + ["1", "--status", "open"],
          "“open” is not a status; choose done, partly or dropped."
        ),
        (close + ["1", "--status", "dropped"], "Give a reason why the agreement is dropped."),
        (
          close + ["1", "--status", "dropped", "--reason", "  "],
          "Give a reason why the agreement is dropped."
        ),
        (
          close + ["A7", "--status", "done"],
          "No agreement “A7”. See them with: vlgcoach agreement list"
        ),
        (close + ["2", "--status", "partly"], "Agreement 2 is closed already."),
      ], in: fixture)
  }

  @Test func noMeetingYetTellsHowToPlanOne() throws {
    let fixture = try CommunityFixture()
    try expectRefused(
      [
        (
          ["meeting", "attend", "--community", "VLG", "--meeting", "1", "--present", "Zoë"],
          "There is no meeting yet; plan one with: vlgcoach meeting add"
        )
      ], in: fixture)
  }

  @Test func theSentencesAreDutchWithLangNL() throws {
    let fixture = try fixture()
    let before = try fixture.communityBytes()
    for (arguments, sentence) in [
      (
        [
          "meeting", "attend", "--community", "VLG", "--meeting", "1", "--present", "Zoë", "--late",
          "Zoë",
        ],
        "Zoë Dëmeester is tegelijk als aanwezig en als te laat opgegeven; noem elk lid één keer."
      ),
      (
        [
          "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", "x", "--owner",
          "Zoë", "t",
        ],
        "“x” is geen soort afspraak; kies finish, discuss of provide."
      ),
      (
        ["agreement", "close", "--community", "VLG", "1", "--status", "weg"],
        "“weg” is geen status; kies done, partly of dropped."
      ),
      (
        ["meeting", "list", "--community", "Nee"],
        "Geen leergemeenschap gevonden voor “Nee”. Bekijk ze met: vlgcoach community list"
      ),
    ] {
      let result = try fixture.run(arguments + ["--lang", "nl"])
      #expect(result.status == 1)
      #expect(result.stderr == "vlgcoach: " + sentence + "\n", "\(arguments)")
    }
    #expect(try fixture.communityBytes() == before)
  }
}
