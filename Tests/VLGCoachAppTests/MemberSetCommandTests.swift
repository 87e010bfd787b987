import Foundation
import Testing

/// `member set`: how a member takes part, since when and why, their commitment and the
/// internal coach; and what `member list` shows of them.
@Suite("vlgcoach member set")
struct MemberSetCommandTests {
  @Test func participationCommitmentAndTheInternalCoachInEnglish() throws {
    let fixture = try CommunityFixture()
    let lang = ["--lang", "en"]
    let coach = try fixture.succeed(
      [
        "member", "set", "--community", "VLG", "peeters", "--committed", "2026-09-15",
        "--internal-coach",
      ] + lang)
    #expect(
      coach.stdout
        == "Saved Jan Peeters: active; committed on 2026-09-15.\n"
        + "Jan Peeters is now the internal coach of VLG Handel Kempen.\n")
    let different = try fixture.succeed(
      [
        "member", "set", "--community", "VLG", "claes", "--participation", "different",
        "--since", "2026-11-01", "--reason", "Only for the theme Rubrics",
      ] + lang)
    #expect(
      different.stdout
        == "Saved Els Claes: takes part differently since 2026-11-01 (Only for the theme Rubrics).\n"
    )
    let stopped = try fixture.succeed(
      [
        "member", "set", "--community", "VLG", "vries", "--participation", "stopped", "--since",
        "2026-11-20", "--reason", "Moved school",
      ] + lang)
    #expect(stopped.stdout == "Saved Jan de Vries: stopped since 2026-11-20 (Moved school).\n")

    let list = try fixture.succeed(["member", "list", "--community", "VLG"] + lang)
    let lines = list.stdout.split(separator: "\n").map { String($0) }
    #expect(lines.first?.contains("Taking part") == true)
    #expect(lines.first?.hasSuffix("Committed") == true)
    #expect(
      lines.contains {
        $0.hasPrefix("Jan Peeters") && $0.contains("teacher, internal coach")
          && $0.contains(" active ") && $0.hasSuffix(" 2026-09-15")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("Jan de Vries") && $0.hasSuffix("stopped since 2026-11-20 (Moved school)")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("Els Claes")
          && $0.contains("takes part differently since 2026-11-01 (Only for the theme Rubrics)")
      })
  }

  @Test func participationCommitmentAndTheInternalCoachInDutch() throws {
    let fixture = try CommunityFixture()
    let lang = ["--lang", "nl"]
    let coach = try fixture.succeed(
      [
        "member", "set", "--community", "VLG", "zoe", "--internal-coach", "--committed",
        "2026-09-15",
      ] + lang)
    #expect(
      coach.stdout
        == "Zoë Dëmeester bewaard: actief; engagement uitgesproken op 2026-09-15.\n"
        + "Zoë Dëmeester is nu de interne coach van VLG Handel Kempen.\n")
    // Stopping the internal coach: the group has none any more, and it says so.
    let stopped = try fixture.succeed(
      [
        "member", "set", "--community", "VLG", "zoe", "--participation", "stopped", "--since",
        "2026-11-20", "--reason", "Verhuisd",
      ] + lang)
    #expect(
      stopped.stdout
        == "Zoë Dëmeester bewaard: gestopt sinds 2026-11-20 (Verhuisd); engagement uitgesproken op 2026-09-15.\n"
        + "Zoë Dëmeester is niet langer de interne coach van VLG Handel Kempen.\n")
    let coachAgain = try fixture.succeed(
      ["member", "set", "--community", "VLG", "claes", "--internal-coach"] + lang)
    #expect(
      coachAgain.stdout.hasSuffix("Els Claes is nu de interne coach van VLG Handel Kempen.\n"))
    let off = try fixture.succeed(
      ["member", "set", "--community", "VLG", "claes", "--no-internal-coach"] + lang)
    #expect(
      off.stdout
        == "Els Claes bewaard: actief.\nEls Claes is niet langer de interne coach van VLG Handel Kempen.\n"
    )
    let list = try fixture.succeed(["member", "list", "--community", "VLG"] + lang)
    let lines = list.stdout.split(separator: "\n").map { String($0) }
    #expect(lines.first?.hasSuffix("Engagement") == true)
    #expect(lines.first?.contains("Deelname") == true)
    #expect(
      lines.contains {
        $0.hasPrefix("Zoë Dëmeester")
          && $0.hasSuffix("gestopt sinds 2026-11-20 (Verhuisd)  2026-09-15")
      })
    #expect(!list.stdout.contains("interne coach"))
  }

  /// The day a member joined, given when adding them or later: meetings before it do not
  /// count them on the attendance list, unless their attendance there was recorded.
  @Test func theDayAMemberJoinedDecidesWhichMeetingsCountThem() throws {
    let fixture = try CommunityFixture()  // its four members were added, so joined, today
    try fixture.planMeetings(["2024-01-10", "2024-03-13"])
    try fixture.succeed([
      "member", "add", "--community", "VLG", "Ann Smets", "--joined", "2024-02-01",
    ])
    let attend = try fixture.succeed([
      "meeting", "attend", "--community", "VLG", "--meeting", "2", "--present", "ann",
      "--lang", "en",
    ])
    #expect(attend.stdout == "Attendance at meeting 2 recorded: 1 of 1 there.\n")
    try fixture.succeed([
      "member", "set", "--community", "VLG", "zoë", "--joined", "2023-09-01",
    ])
    let meetings = try fixture.json(["meeting", "list", "--community", "VLG"])
    let onList = meetings.compactMap { ($0["attendance"] as? [String: Int])?["onList"] }
    #expect(onList == [1, 2])  // Zoë on both; Ann only from February
    let table = try fixture.succeed(["meeting", "list", "--community", "VLG", "--lang", "en"])
    #expect(table.stdout.contains("1 of 2"))
    let members = try fixture.json(["member", "list", "--community", "VLG"])
    let joined = members.compactMap { $0["joinedOn"] as? String }
    #expect(joined.contains("2024-02-01") && joined.contains("2023-09-01"))
  }

  @Test func theJSONCarriesEveryKeyAlways() throws {
    let fixture = try CommunityFixture()
    try fixture.succeed([
      "member", "set", "--community", "VLG", "peeters", "--participation", "different",
      "--reason", "Eén thema", "--committed", "2026-09-15",
    ])
    try fixture.succeed(["member", "set", "--community", "VLG", "claes", "--internal-coach"])
    let members = try fixture.json(["member", "list", "--community", "VLG"])
    let keys: Set<String> = [
      "id", "name", "school", "role", "participation", "participationSince",
      "participationReason", "committedOn", "joinedOn", "internalCoach",
    ]
    #expect(members.allSatisfy { Set($0.keys) == keys })
    let peeters = try #require(members.first { $0["name"] as? String == "Jan Peeters" })
    #expect(peeters["participation"] as? String == "different")
    #expect(peeters["participationReason"] as? String == "Eén thema")
    #expect(peeters["committedOn"] as? String == "2026-09-15")
    // Since when, without --since: the day the participation changed, today.
    #expect((peeters["participationSince"] as? String)?.count == 10)
    let zoe = try #require(members.first { $0["name"] as? String == "Zoë Dëmeester" })
    #expect(zoe["participationSince"] is NSNull)
    #expect(zoe["committedOn"] is NSNull)
    // Added by the command line today: they joined today.
    #expect((zoe["joinedOn"] as? String)?.count == 10)
    #expect(
      members.filter { $0["internalCoach"] as? Bool == true }.compactMap { $0["name"] as? String }
        == ["Els Claes"])
  }

  @Test func aStoppedMemberIsRefusedAsInternalCoach() throws {
    let fixture = try CommunityFixture()
    try fixture.succeed([
      "member", "set", "--community", "VLG", "vries", "--participation", "stopped",
    ])
    let before = try fixture.communityBytes()
    let en = try fixture.run([
      "member", "set", "--community", "VLG", "vries", "--internal-coach", "--lang", "en",
    ])
    #expect(en.status == 1)
    #expect(en.stderr == "vlgcoach: Jan de Vries has stopped and cannot be the internal coach.\n")
    // Stopping and coaching in one command: refused as a whole, nothing saved.
    let nl = try fixture.run([
      "member", "set", "--community", "VLG", "claes", "--participation", "stopped",
      "--internal-coach", "--lang", "nl",
    ])
    #expect(nl.status == 1)
    #expect(nl.stderr == "vlgcoach: Els Claes is gestopt en kan geen interne coach zijn.\n")
    #expect(try fixture.communityBytes() == before)
  }

  @Test func wordsNoRuleCoversAreExplainedAndChangeNothing() throws {
    let fixture = try CommunityFixture()
    let before = try fixture.communityBytes()
    let cases: [([String], String, String)] = [
      (
        [],
        "Say what to change with --participation, --since, --reason, --committed,"
          + " --joined, --internal-coach or --no-internal-coach.",
        "Zeg wat er verandert met --participation, --since, --reason, --committed,"
          + " --joined, --internal-coach of --no-internal-coach."
      ),
      (
        ["--participation", "weg"],
        "“weg” is not a way of taking part; choose active, different or stopped.",
        "“weg” is geen deelname; kies active, different (neemt anders deel) of stopped (gestopt)."
      ),
      (
        ["--reason", "Druk"],
        "--since and --reason are for a member who stopped or takes part differently;"
          + " give --participation different or stopped too.",
        "--since en --reason horen bij wie gestopt is of anders deelneemt;"
          + " geef ook --participation different of stopped."
      ),
      (
        ["--committed", "15-09-2026"],
        "“15-09-2026” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08.",
        "“15-09-2026” is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2026-12-08."
      ),
      (
        ["--joined", "september"],
        "“september” is not a valid date; write YYYY-MM-DD, e.g. 2026-12-08.",
        "“september” is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2026-12-08."
      ),
    ]
    for (options, english, dutch) in cases {
      let arguments = ["member", "set", "--community", "VLG", "peeters"] + options
      let en = try fixture.run(arguments + ["--lang", "en"])
      #expect(en.status == 1, "\(arguments)")
      #expect(en.stderr == "vlgcoach: \(english)\n")
      let nl = try fixture.run(arguments + ["--lang", "nl"])
      #expect(nl.stderr == "vlgcoach: \(dutch)\n")
    }
    #expect(try fixture.communityBytes() == before)
  }
}
