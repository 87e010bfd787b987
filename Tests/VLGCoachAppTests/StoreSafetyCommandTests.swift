import CoachCore
import Foundation
import Glibc
import Testing

/// The command line says a change is stored exactly when it is, and readers never lock
/// writers out.
@Suite("The command line and the store's safety")
struct StoreSafetyCommandTests {
  @Test func aChangeStoredWhileTheIndexCannotBeWrittenIsReportedAsStored() throws {
    let folder = try TemporaryFolder()
    let store = folder.path
    _ = try CommandRunner.run(["community", "add", "VLG Handel", "--store", store])
    _ = try CommandRunner.run(["member", "add", "Jan", "--community", "handel", "--store", store])
    _ = try CommandRunner.run(
      ["meeting", "add", "--community", "handel", "--date", "2026-12-09", "--store", store])
    // A full disk for the index only: a folder where its file should be replaced.
    let index = folder.url.appendingPathComponent("store.plist")
    try FileManager.default.removeItem(at: index)
    try FileManager.default.createDirectory(
      at: index.appendingPathComponent("blocker"), withIntermediateDirectories: true)

    let added = try CommandRunner.run([
      "agreement", "add", "--community", "handel", "--meeting", "1", "--kind", "finish",
      "--owner", "jan", "Toets maken", "--store", store, "--lang", "en",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Added agreement 1"))

    // Not added twice by a retry, and every command still sees it.
    try FileManager.default.removeItem(at: index)
    let list = try CommandRunner.run(
      ["agreement", "list", "--community", "handel", "--json", "--store", store])
    #expect(list.status == 0)
    #expect(list.stdout.components(separatedBy: "Toets maken").count == 2)
  }

  @Test func aWriterWaitsForACommandThatReadsInsteadOfSayingVlgcoachIsOpen() throws {
    let folder = try TemporaryFolder()
    _ = try CommandRunner.run(["community", "add", "VLG Handel", "--store", folder.path])
    // A reading command holds the shared lock for a moment.
    let fd = open(folder.url.appendingPathComponent("store.lock").path, O_RDWR)
    #expect(fd >= 0 && flock(fd, LOCK_SH | LOCK_NB) == 0)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) {
      _ = flock(fd, LOCK_UN)
      close(fd)
    }
    let added = try CommandRunner.run(
      ["member", "add", "Jan", "--community", "handel", "--store", folder.path, "--lang", "en"])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(!added.stderr.contains("open"))
  }

  @Test func aReadingCommandNeitherWaitsForNorBlocksTheProgram() throws {
    let folder = try TemporaryFolder()
    _ = try CommandRunner.run(["community", "add", "VLG Handel", "--store", folder.path])
    let program = try PropertyListStore(directory: folder.url)
    #expect(program.access == .readWrite)
    let list = try CommandRunner.run(["community", "list", "--store", folder.path])
    #expect(list.status == 0)
    #expect(list.stdout.contains("VLG Handel"))
    #expect(program.access == .readWrite)
  }
}
