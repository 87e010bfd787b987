import Foundation
import Testing

/// Commands that only read never create a store; commands that write do.
@Suite("Commands on a store that does not exist yet")
struct MissingStoreCommandTests {
  @Test func checkSaysThereIsNoStoreAndCreatesNone() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("nothing/here")
    let check = try CommandRunner.run(["check", "--store", store.path])
    #expect(check.status == 1)
    #expect(check.stderr == "vlgcoach: There is no store in \(store.path) yet.\n")
    let dutch = try CommandRunner.run(["check", "--lang", "nl", "--store", store.path])
    #expect(dutch.stderr == "vlgcoach: Er is nog geen opslag in \(store.path).\n")
    #expect(
      !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("nothing").path))
  }

  @Test func listsAreEmptyAndCreateNothing() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("store")
    let table = try CommandRunner.run(["community", "list", "--store", store.path])
    #expect(table.status == 0)
    #expect(table.stdout == "No learning communities yet.\n")
    let json = try CommandRunner.run(["community", "list", "--json", "--store", store.path])
    #expect(json.status == 0)
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
    #expect(decoded?.isEmpty == true)
    let members = try CommandRunner.run([
      "member", "list", "--community", "VLG Handel", "--store", store.path,
    ])
    #expect(members.status == 1)
    #expect(members.stderr.hasPrefix("vlgcoach: No learning community matches “VLG Handel”."))
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }

  @Test func writingCommandsCreateTheStore() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("new/store")
    let add = try CommandRunner.run(["community", "add", "VLG Handel", "--store", store.path])
    #expect(add.status == 0)
    let move = try CommandRunner.run([
      "phase", "set", "--community", "VLG Handel", "2", "--store", store.path,
    ])
    #expect(move.status == 0)
    #expect(FileManager.default.fileExists(atPath: store.path + "/store.plist"))
  }
}
