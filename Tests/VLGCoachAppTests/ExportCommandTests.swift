import Foundation
import Testing

@Suite("vlgcoach export minutes and export calendar")
struct ExportCommandTests {
  /// A held meeting with attendance and an agreement, and one to come.
  func fixture() throws -> CommunityFixture {
    let fixture = try CommunityFixture()
    try fixture.succeed([
      "meeting", "add", "--community", "VLG", "--date", "2024-01-10", "--time", "14:00",
      "--place", "KA Geel",
    ])
    try fixture.planMeetings(["2099-02-14"])
    try fixture.succeed([
      "meeting", "attend", "--community", "VLG", "--meeting", "1", "--present", "Zoë,Jan de",
      "--excused", "Els",
    ])
    try fixture.succeed([
      "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", "discuss", "--owner",
      "Zoë", "Casus | lezen",
    ])
    return fixture
  }

  @Test func minutesGoToStdoutWithoutO() throws {
    let fixture = try fixture()
    let minutes = try fixture.succeed(["export", "minutes", "--community", "VLG", "--meeting", "1"])
    #expect(minutes.stdout.hasPrefix("# VLG Handel Kempen"))
    #expect(minutes.stdout.contains("10 January 2024"))
    #expect(minutes.stdout.contains("Zoë Dëmeester"))
    #expect(minutes.stdout.contains("Casus \\| lezen"))
    #expect(minutes.stderr.isEmpty)
    let dutch = try fixture.run([
      "export", "minutes", "--community", "VLG", "--meeting", "1", "--lang", "nl",
    ])
    #expect(dutch.stdout.hasPrefix("# VLG Handel Kempen"))
    #expect(dutch.stdout != minutes.stdout)
  }

  @Test func minutesWithOAreWrittenToTheFileAndThePathIsPrinted() throws {
    let fixture = try fixture()
    let file = fixture.folder.url.appendingPathComponent("verslag 1.md")
    let result = try fixture.succeed([
      "export", "minutes", "--community", "VLG", "--meeting", "1", "-o", file.path,
    ])
    #expect(result.stdout == "Wrote \(file.path)\n")
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(written.hasPrefix("# "))
    let stdout = try fixture.succeed(["export", "minutes", "--community", "VLG", "--meeting", "1"])
    #expect(written == stdout.stdout)
    let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
    // No temporary file is left next to it.
    let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
    #expect(!names.contains { $0.hasPrefix(".tmp-") })
    // Writing again replaces the file when asked to.
    try fixture.succeed([
      "export", "minutes", "--community", "VLG", "--meeting", "2", "--output", file.path,
      "--force",
    ])
    #expect(try String(contentsOf: file, encoding: .utf8).contains("14 February 2099"))
  }

  @Test func theCalendarGoesToStdoutOrAFile() throws {
    let fixture = try fixture()
    let calendar = try fixture.succeed(["export", "calendar", "--community", "VLG"])
    #expect(calendar.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(calendar.stdout.hasSuffix("END:VCALENDAR\r\n"))
    #expect(calendar.stdout.components(separatedBy: "BEGIN:VEVENT").count == 3)
    let file = fixture.folder.url.appendingPathComponent("vlg.ics")
    let result = try fixture.succeed(["export", "calendar", "--community", "VLG", "-o", file.path])
    #expect(result.stdout == "Wrote \(file.path)\n")
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(written.hasPrefix("BEGIN:VCALENDAR\r\n"))
    #expect(written.components(separatedBy: "BEGIN:VEVENT").count == 3)
  }

  @Test func aMissingFolderOrMeetingIsAClearErrorAndNothingIsWritten() throws {
    let fixture = try fixture()
    let missing = fixture.folder.url.appendingPathComponent("exports/verslag.md")
    let before = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
    for (arguments, sentence) in [
      (
        ["export", "minutes", "--community", "VLG", "--meeting", "1", "-o", missing.path],
        "The folder \(missing.deletingLastPathComponent().path) does not exist."
      ),
      (
        ["export", "calendar", "--community", "VLG", "-o", missing.path],
        "The folder \(missing.deletingLastPathComponent().path) does not exist."
      ),
      (
        ["export", "minutes", "--community", "VLG", "--meeting", "3"],
        "There is no meeting 3; choose 1 or 2."
      ),
      (
        ["export", "minutes", "--community", "VLG", "--meeting", "drie", "-o", missing.path],
        "“drie” is not a meeting number. See them with: vlgcoach meeting list"
      ),
    ] {
      let result = try fixture.run(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr == "vlgcoach: " + sentence + "\n", "\(arguments)")
      #expect(result.stdout.isEmpty, "\(arguments)")
    }
    let dutch = try fixture.run([
      "export", "calendar", "--community", "VLG", "-o", missing.path, "--lang", "nl",
    ])
    #expect(
      dutch.stderr == "vlgcoach: De map \(missing.deletingLastPathComponent().path) bestaat niet.\n"
    )
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted() == before)
  }
}

@Suite("vlgcoach export -o with a folder")
struct ExportToFolderTests {
  @Test func aFolderGetsTheExportsOwnFileName() throws {
    let fixture = try CommunityFixture()
    try fixture.planMeetings(["2024-01-10"])
    let folder = try TemporaryFolder()
    let minutes = try fixture.succeed([
      "export", "minutes", "--community", "VLG", "--meeting", "1", "-o", folder.path + "/",
    ])
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(files.count == 1)
    #expect(files.first?.hasSuffix("-2024-01-10-meeting-1.md") == true)
    #expect(minutes.stdout.contains(folder.path))
    let calendar = try fixture.succeed([
      "export", "calendar", "--community", "VLG", "-o", folder.path,
    ])
    #expect(calendar.status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).contains {
        $0.hasSuffix(".ics")
      })
  }
}
