import Foundation
import Testing

/// `vlgcoach export report`, `export dossier` and `export handover`, through the real
/// binary: the files they write, the sentence for a school that is not there, both
/// languages, and the private notes only with `--include-private`.
@Suite("vlgcoach export report, dossier and handover")
struct ExportDocumentCommandTests {
  static let marker = "PRIVAAT-MARKER-4K"

  /// The community fixture with two members at schools, a held meeting with attendance, an
  /// agreement, a theme and a private note carrying `marker`.
  func fixture() throws -> CommunityFixture {
    let fixture = try CommunityFixture()
    try fixture.succeed([
      "member", "add", "--community", "VLG", "--school", "KOGEKA Geel", "Ann Smet",
    ])
    try fixture.succeed([
      "member", "add", "--community", "VLG", "--school", "Sint-Victor Turnhout", "Piet Maes",
    ])
    try fixture.succeed(["meeting", "add", "--community", "VLG", "--date", "2024-01-10"])
    try fixture.succeed([
      "meeting", "attend", "--community", "VLG", "--meeting", "1", "--present", "Ann,Piet",
      "--excused", "Els",
    ])
    try fixture.succeed([
      "agreement", "add", "--community", "VLG", "--meeting", "1", "--kind", "finish", "--owner",
      "Ann", "Rubric | herwerken",
    ])
    try fixture.succeed(["theme", "add", "--community", "VLG", "--members", "ann,piet", "Rubrics"])
    try fixture.succeed([
      "note", "add", "--community", "VLG", "--member", "ann", "--tag", "tension",
      "Spanning met Piet \(Self.marker)",
    ])
    return fixture
  }

  @Test func eachCommandWritesItsFileInEitherLanguage() throws {
    let fixture = try fixture()
    let cases: [(command: [String], nl: String, en: String)] = [
      (["report"], "rapport voor schoolleiders", "report for school leaders"),
      (
        ["report", "--school", "kogeka"], "rapport voor schoolleiders", "report for school leaders"
      ),
      (["dossier"], "dossier", "dossier"),
      (["handover"], "overdracht aan de interne coach", "hand-over to the internal coach"),
    ]
    for (command, nl, en) in cases {
      for (language, title) in [("nl", nl), ("en", en)] {
        let file = fixture.folder.url.appendingPathComponent("\(command.joined())-\(language).md")
        let result = try fixture.succeed(
          ["export"] + command + ["--community", "VLG", "-o", file.path, "--lang", language])
        #expect(
          result.stdout
            == (language == "nl" ? "\(file.path) geschreven\n" : "Wrote \(file.path)\n"))
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("# VLG Handel Kempen — \(title)\n"), "\(command) \(language)")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o600)
      }
    }
    let dutch = try String(
      contentsOf: fixture.folder.url.appendingPathComponent("report--schoolkogeka-nl.md"),
      encoding: .utf8)
    #expect(dutch.contains("- **School:** KOGEKA Geel"))
    #expect(dutch.contains("Rubric \\| herwerken"))
    #expect(!dutch.contains("Piet Maes | Sint-Victor"))
  }

  @Test func aFolderGetsTheExportsOwnName() throws {
    let fixture = try fixture()
    let folder = fixture.folder.url.appendingPathComponent("out", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for command in [
      ["report"], ["report", "--school", "Sint-Victor"], ["dossier"], ["handover"],
      ["handover", "--include-private"],
    ] {
      try fixture.succeed(["export"] + command + ["--community", "VLG", "-o", folder.path + "/"])
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(
      names == [
        "vlg-handel-kempen-dossier.md", "vlg-handel-kempen-handover-private.md",
        "vlg-handel-kempen-handover.md", "vlg-handel-kempen-report-school-leaders.md",
        "vlg-handel-kempen-report-sint-victor-turnhout.md",
      ])
  }

  @Test func anUnknownSchoolIsASentenceThatNamesTheSchools() throws {
    let fixture = try fixture()
    let english = try fixture.run([
      "export", "report", "--community", "VLG", "--school", "Atheneum",
    ])
    #expect(english.status == 1)
    #expect(english.stdout.isEmpty)
    #expect(
      english.stderr
        == "vlgcoach: “Atheneum” names no single school of this community. Its schools: KOGEKA Geel, Sint-Victor Turnhout.\n"
    )
    let dutch = try fixture.run([
      "export", "report", "--community", "VLG", "--school", "Atheneum", "--lang", "nl",
    ])
    #expect(dutch.status == 1)
    #expect(
      dutch.stderr
        == "vlgcoach: “Atheneum” wijst geen enkele school van deze leergemeenschap aan. Haar scholen: KOGEKA Geel, Sint-Victor Turnhout.\n"
    )
    let file = fixture.folder.url.appendingPathComponent("nothing.md")
    _ = try fixture.run([
      "export", "report", "--community", "VLG", "--school", "x", "-o", file.path,
    ])
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }

  @Test func thePrivateNotesAppearOnlyWithIncludePrivate() throws {
    let fixture = try fixture()
    let list = try fixture.succeed(["note", "list", "--community", "VLG"])
    #expect(list.stdout.contains(Self.marker))
    let withoutFlag: [[String]] = [
      ["export", "report"], ["export", "report", "--school", "KOGEKA Geel"],
      ["export", "report", "--school", "Sint-Victor Turnhout"], ["export", "dossier"],
      ["export", "handover"], ["export", "minutes", "--meeting", "1"], ["export", "calendar"],
    ]
    for command in withoutFlag {
      for language in ["nl", "en"] {
        let printed = try fixture.succeed(command + ["--community", "VLG", "--lang", language])
        #expect(!printed.stdout.isEmpty)
        #expect(!printed.stdout.contains(Self.marker), "\(command)")
        let file = fixture.folder.url.appendingPathComponent("export.out")
        try fixture.succeed(
          command + ["--community", "VLG", "--lang", language, "-o", file.path, "--force"])
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains(Self.marker))
      }
    }
    for command in [["export", "dossier"], ["export", "handover"]] {
      for (language, warning) in [
        ("nl", "Bevat privénotities van de coach — niet doorgeven."),
        ("en", "Contains the coach's private notes — do not pass on."),
      ] {
        let printed = try fixture.succeed(
          command + ["--community", "VLG", "--include-private", "--lang", language])
        #expect(printed.stdout.contains(Self.marker), "\(command)")
        let blocks = printed.stdout.components(separatedBy: "\n\n")
        #expect(blocks[1] == "**\(warning)**")
      }
    }
    // The report has no such option at all.
    let refused = try fixture.run(["export", "report", "--community", "VLG", "--include-private"])
    #expect(refused.status != 0)
    #expect(!refused.stdout.contains(Self.marker))
  }
}
