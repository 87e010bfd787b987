import Foundation
import Testing

@Suite("vlgcoach community …")
struct CommunityCommandTests {
  @Test func addThenListAsTableAndJSON() throws {
    let folder = try TemporaryFolder()
    let add = try CommandRunner.run([
      "community", "add", "VLG Handel Kempen", "--subject", "Handel", "--store", folder.path,
    ])
    #expect(add.status == 0)
    #expect(add.stdout.contains("Added learning community “VLG Handel Kempen” (phase 1)."))
    _ = try CommandRunner.run(["community", "add", "Zoë's 日本 VLG", "--store", folder.path])

    let table = try CommandRunner.run(["community", "list", "--store", folder.path])
    #expect(table.status == 0)
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Name") == true)
    #expect(
      lines.contains {
        $0.hasPrefix("VLG Handel Kempen") && $0.contains("phase 1") && $0.contains("Handel")
      })

    let json = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    let entries = try #require(decoded)
    #expect(entries.count == 2)
    #expect(entries.map { $0["name"] as? String } == ["VLG Handel Kempen", "Zoë's 日本 VLG"])
    #expect(entries.first?["phase"] as? Int == 1)
  }

  @Test func theListIsSortedByNameIgnoringCaseAndAccents() throws {
    let folder = try TemporaryFolder()
    for name in ["Zoë", "élise", "Bart", "anna"] {
      _ = try CommandRunner.run(["community", "add", name, "--store", folder.path])
    }
    let json = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(entries.map { $0["name"] as? String } == ["anna", "Bart", "élise", "Zoë"])
  }

  @Test func anUnknownLanguageIsExplainedInTheEnvironmentsLanguage() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run(
      ["community", "list", "--lang", "fr", "--store", folder.path],
      environment: ["LANG": "nl_BE.UTF-8"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--lang is nl of en, niet “fr”."))
  }

  @Test func dutchOutputWithLangOrLANG() throws {
    let folder = try TemporaryFolder()
    let viaFlag = try CommandRunner.run([
      "community", "add", "A", "--lang", "nl", "--store", folder.path,
    ])
    #expect(viaFlag.stdout.contains("Leergemeenschap “A” toegevoegd"))
    let viaEnvironment = try CommandRunner.run(
      ["community", "list", "--store", folder.path], environment: ["LANG": "nl_BE.UTF-8"])
    #expect(viaEnvironment.stdout.hasPrefix("Naam"))
  }

  @Test func theStoreCanComeFromTheEnvironment() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("nested/store").path
    let add = try CommandRunner.run(
      ["community", "add", "Via env"], environment: ["VLGCOACH_STORE": store])
    #expect(add.status == 0)
    #expect(FileManager.default.fileExists(atPath: store + "/store.plist"))
    let list = try CommandRunner.run(["community", "list", "--store", store])
    #expect(list.stdout.contains("Via env"))
  }

  @Test func badInputGetsASentenceAndExitOne() throws {
    let folder = try TemporaryFolder()
    let empty = try CommandRunner.run(["community", "add", "  ", "--store", folder.path])
    #expect(empty.status == 1)
    #expect(empty.stderr == "vlgcoach: Give the learning community a name.\n")

    _ = try CommandRunner.run(["community", "add", "VLG Handel", "--store", folder.path])
    let duplicate = try CommandRunner.run([
      "community", "add", "vlg handel", "--store", folder.path,
    ])
    #expect(duplicate.status == 1)
    #expect(duplicate.stderr.contains("There is already a learning community named “vlg handel”."))

    let file = folder.url.appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    let notAFolder = try CommandRunner.run(["community", "list", "--store", file.path])
    #expect(notAFolder.status == 1)
    #expect(notAFolder.stderr.contains("is a file, not a folder"))

    let badLanguage = try CommandRunner.run([
      "community", "list", "--lang", "fr", "--store", folder.path,
    ])
    #expect(badLanguage.status != 0)
    #expect(badLanguage.stderr.contains("--lang takes nl or en"))
  }
}
