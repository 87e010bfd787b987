import Foundation
import Testing

@Suite("vlgcoach member import")
struct MemberImportCommandTests {
  let files: TemporaryFolder

  init() throws {
    files = try TemporaryFolder()
  }

  /// Writes `data` to a file of this test and returns its path.
  func file(_ data: Data, named name: String = "members.csv") throws -> String {
    let url = files.url.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  func names(_ fixture: CommunityFixture) throws -> [String] {
    try fixture.json(["member", "list", "--community", "VLG"]).compactMap { $0["name"] as? String }
  }

  @Test func importsAFlemishExcelFileAndSaysHowMany() throws {
    let fixture = try CommunityFixture()
    let csv =
      Data([0xEF, 0xBB, 0xBF])
      + Data(
        ("Naam;School;Rol\r\nAn Smets;KA Geel;leader\r\n\"Bart \"\"B\"\" Jacobs\";\"Sint-Jozef\r\n"
          + "campus 2\";\r\nLien;;coach\r\n").utf8)
    let result = try fixture.succeed([
      "member", "import", "--community", "kempen", try file(csv),
    ])
    #expect(result.stdout == "Imported 3 members into VLG Handel Kempen.\n")
    let members = try fixture.json(["member", "list", "--community", "VLG"])
    #expect(
      members.compactMap { $0["name"] as? String }.suffix(3) == [
        "An Smets", "Bart \"B\" Jacobs", "Lien",
      ])
    #expect(members.last?["role"] as? String == "coach")
    #expect(members.dropLast().last?["school"] as? String == "Sint-Jozef campus 2")
  }

  @Test func badRowsAreListedByLineInDutchAndNothingIsSaved() throws {
    let fixture = try CommunityFixture()
    let before = try fixture.communityBytes()
    let csv = Data("naam,school,rol\nAn,,\n,KA Geel,\nLien,,directeur\n".utf8)
    let result = try fixture.run([
      "member", "import", "--community", "kempen", "--lang", "nl", try file(csv),
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "regel 3: geen naam.\n"
        + "regel 4: “directeur” is geen rol; kies teacher, leader, adviser of coach (leeg is teacher).\n"
    )
    #expect(result.stdout.isEmpty)
    #expect(try fixture.communityBytes() == before)
  }

  @Test func aMemberAlreadyThereIsLeftOutWithALine() throws {
    let fixture = try CommunityFixture()
    let csv = Data("name,school\njan DE vries,KA Geel\nAn,\n".utf8)
    let result = try fixture.succeed(["member", "import", "--community", "VLG", try file(csv)])
    #expect(
      result.stdout
        == "line 2: “jan DE vries” is a member already; left out.\n"
        + "Imported 1 member into VLG Handel Kempen.\n")
    #expect(try names(fixture) == CommunityFixture.members + ["An"])
  }

  @Test func aNameTwiceInTheFileStopsTheImport() throws {
    let fixture = try CommunityFixture()
    let before = try fixture.communityBytes()
    let csv = Data("naam\nAn\nLien\nAN\n".utf8)
    let result = try fixture.run(["member", "import", "--community", "VLG", try file(csv)])
    #expect(result.status == 1)
    #expect(result.stderr == "line 4: “AN” is on line 2 already.\n")
    #expect(try fixture.communityBytes() == before)
  }

  @Test func invalidUTF8AndAnEmptyFileAreErrorsOfTheFile() throws {
    let fixture = try CommunityFixture()
    let before = try fixture.communityBytes()
    let latin1 = try file(Data("naam\nZo".utf8) + Data([0xEB, 0x0A]), named: "latin1.csv")
    let bad = try fixture.run(["member", "import", "--community", "VLG", latin1])
    #expect(bad.status == 1)
    #expect(bad.stderr == "\(latin1): the file is not UTF-8 text; save it as “CSV UTF-8”.\n")
    let empty = try file(Data(), named: "empty.csv")
    let none = try fixture.run(["member", "import", "--community", "VLG", empty])
    #expect(none.status == 1)
    #expect(none.stderr.contains("the file is empty"))
    #expect(try fixture.communityBytes() == before)
  }

  @Test func readsStandardInputForADash() throws {
    let fixture = try CommunityFixture()
    let path = try file(Data("name,role\nAn,adviser\n".utf8))
    let result = try CommandRunner.run(
      ["member", "import", "--community", "VLG", "-", "--store", fixture.store],
      launcher: ["/bin/sh", "-c", "exec \"$0\" \"$@\" < \"\(path)\""])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Imported 1 member into VLG Handel Kempen.\n")
    #expect(try names(fixture).last == "An")
  }

  @Test func aMissingFileIsASentence() throws {
    let fixture = try CommunityFixture()
    let missing = files.url.appendingPathComponent("nope.csv").path
    let result = try fixture.run(["member", "import", "--community", "VLG", missing])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("vlgcoach: Could not read \(missing): "))
  }
}
