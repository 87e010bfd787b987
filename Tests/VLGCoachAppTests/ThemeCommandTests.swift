import Foundation
import Testing

@Suite("The theme commands")
struct ThemeCommandTests {
  @Test func aThemeIsAddedListedAndTheAdviceSaid() throws {
    let folder = try TemporaryFolder()
    let store = ["--store", folder.path, "--lang", "en"]
    _ = try CommandRunner.run(["community", "add", "VLG Handel"] + store)
    for name in ["Jan Peeters", "Els Maes"] {
      _ = try CommandRunner.run(["member", "add", name, "--community", "handel"] + store)
    }
    let added = try CommandRunner.run(
      ["theme", "add", "--community", "handel", "--members", "jan,els", "Rubrics"] + store)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(
      added.stdout
        == "Added theme “Rubrics” to VLG Handel (2 members).\n2 on this theme; 4 to 6 teachers works best.\n"
    )
    let list = try CommandRunner.run(["theme", "list", "--community", "handel", "--json"] + store)
    #expect(list.stdout.contains("\"Jan Peeters\""))
    #expect(list.stdout.contains("\"status\" : \"chosen\""))
  }
}
