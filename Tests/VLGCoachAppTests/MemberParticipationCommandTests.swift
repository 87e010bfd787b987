import Foundation
import Testing

/// `member participation`: the members tab's figures on the command line.
@Suite("vlgcoach member participation")
struct MemberParticipationCommandTests {
  /// Three meetings held: Jan Peeters absent at all three, Els excused once.
  func fixture() throws -> CommunityFixture {
    let fixture = try CommunityFixture()
    for (number, date) in ["2024-01-10", "2024-02-07", "2024-03-06"].enumerated() {
      try fixture.succeed(["meeting", "add", "--community", "VLG", "--date", date])
      try fixture.succeed(
        [
          "meeting", "attend", "--community", "VLG", "--meeting", "\(number + 1)", "--present",
          "Zoë,Jan de", "--absent", "Peeters",
        ] + (number == 0 ? ["--excused", "Els"] : ["--present", "Els"]))
    }
    return fixture
  }

  @Test func aTablePerMemberAndPerSchoolWithTheWarning() throws {
    let result = try fixture().succeed([
      "member", "participation", "--community", "VLG", "--lang", "en",
    ])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Name") == true)
    let peeters = try #require(lines.first { $0.hasPrefix("Jan Peeters") })
    #expect(peeters.contains("0%") && peeters.hasSuffix("absent 3× in a row"))
    let els = try #require(lines.first { $0.hasPrefix("Els Claes") })
    // Excused is not counted against her: 2 of 2.
    #expect(els.contains("100%"))
    #expect(lines.contains { $0.hasPrefix("School") })
  }

  @Test func jsonCarriesEveryFigure() throws {
    let result = try fixture().succeed([
      "member", "participation", "--community", "VLG", "--json", "--last", "2",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let members = try #require(object?["members"] as? [[String: Any]])
    let els = try #require(members.first { $0["name"] as? String == "Els Claes" })
    let all = try #require(els["all"] as? [String: Any])
    #expect(all["excused"] as? Int == 1)
    #expect(all["attended"] as? Int == 2)
    #expect(all["attendancePercent"] as? Int == 100)
    let recent = try #require(els["recent"] as? [String: Any])
    #expect(recent["expected"] as? Int == 2)
    let peeters = try #require(members.first { $0["name"] as? String == "Jan Peeters" })
    #expect(peeters["absentThreeInARow"] as? Bool == true)
  }

  @Test func inDutch() throws {
    let result = try fixture().succeed([
      "member", "participation", "--community", "VLG", "--lang", "nl",
    ])
    #expect(result.stdout.contains("Verontschuldigd"))
    #expect(result.stdout.contains("3× na elkaar afwezig"))
  }
}
