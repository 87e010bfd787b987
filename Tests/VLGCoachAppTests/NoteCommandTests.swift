import Foundation
import Testing

/// `vlgcoach note`: private notes that no export shows.
@Suite("The note commands")
struct NoteCommandTests {
  static let marker = "PRIVAAT-MARKER-9Z"

  @Test func aNoteIsListedAndNeverExported() throws {
    let folder = try TemporaryFolder()
    let store = ["--store", folder.path, "--lang", "nl"]
    _ = try CommandRunner.run(["community", "add", "VLG Handel"] + store)
    _ = try CommandRunner.run(["member", "add", "Jan Peeters", "--community", "handel"] + store)
    _ = try CommandRunner.run(
      ["meeting", "add", "--community", "handel", "--date", "2026-11-04"] + store)
    let added = try CommandRunner.run(
      [
        "note", "add", "--community", "handel", "--member", "jan", "--tag", "trekker",
        "Neemt het woord \(Self.marker)",
      ] + store)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout == "Notitie bewaard bij VLG Handel (over Jan Peeters); alleen voor jou.\n")

    let list = try CommandRunner.run(["note", "list", "--community", "handel"] + store)
    #expect(list.stdout.contains("Jan Peeters  trekker  Neemt het woord \(Self.marker)"))

    let minutes = try CommandRunner.run(
      ["export", "minutes", "--community", "handel", "--meeting", "1", "-o", "-"] + store)
    #expect(minutes.status == 0, "\(minutes.stderr)")
    #expect(!minutes.stdout.isEmpty)
    #expect(!minutes.stdout.contains(Self.marker))
    let calendar = try CommandRunner.run(
      ["export", "calendar", "--community", "handel", "-o", "-"] + store)
    #expect(!calendar.stdout.contains(Self.marker))
    for command in [["agreement", "list", "--json"], ["community", "list", "--json"]] {
      #expect(!(try CommandRunner.run(command + store)).stdout.contains(Self.marker))
    }
  }

  @Test func aNoteWithoutTextOrAboutAStrangerIsRefused() throws {
    let folder = try TemporaryFolder()
    let store = ["--store", folder.path, "--lang", "en"]
    _ = try CommandRunner.run(["community", "add", "VLG Handel"] + store)
    let empty = try CommandRunner.run(["note", "add", "--community", "handel", " "] + store)
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("Write what you noticed."))
    let stranger = try CommandRunner.run(
      ["note", "add", "--community", "handel", "--member", "piet", "x"] + store)
    #expect(stranger.status == 1)
    let list = try CommandRunner.run(["note", "list", "--community", "handel"] + store)
    #expect(list.stdout == "No notes on VLG Handel yet.\n")
  }
}
