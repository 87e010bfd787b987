import CoachCore
import Foundation
import Testing

@Suite("vlgcoach check, and a store held by another instance")
struct CheckAndLockCommandTests {
  @Test func aHealthyStoreExitsZero() throws {
    let folder = try TemporaryFolder()
    // A folder the store creates itself, so it has the store's private mode (0700).
    let store = folder.url.appendingPathComponent("store").path
    _ = try CommandRunner.run(["community", "add", "A", "--store", store])
    let result = try CommandRunner.run(["check", "--store", store])
    #expect(result.status == 0)
    #expect(result.stdout.contains("is healthy: 1 learning community"))
    // A folder others can read is reported.
    chmod(store, 0o755)
    let loose = try CommandRunner.run(["check", "--store", store])
    #expect(loose.status == 1)
    #expect(loose.stdout.contains("can be read by others (mode 755)"))
  }

  @Test func aDamagedFileIsReportedOneLineEachAndSetAside() throws {
    let folder = try TemporaryFolder()
    _ = try CommandRunner.run(["community", "add", "A", "--store", folder.path])
    _ = try CommandRunner.run(["community", "add", "B", "--store", folder.path])
    let communities = folder.url.appendingPathComponent("communities")
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: communities.path).sorted().first)
    try Data("<plist>broken".utf8).write(to: communities.appendingPathComponent(file))
    let result = try CommandRunner.run(["check", "--store", folder.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count >= 1)
    #expect(lines.contains { $0.contains("is damaged") })
    let after = try FileManager.default.contentsOfDirectory(atPath: communities.path)
    #expect(after.contains { $0.hasPrefix(file + ".corrupt-") })
    // The other community still opens.
    let list = try CommandRunner.run(["community", "list", "--json", "--store", folder.path])
    #expect(list.status == 0)
    #expect(list.stdout.contains("\"name\""))
  }

  @Test func writingWhileAnotherInstanceHoldsTheStoreIsRefused() throws {
    let folder = try TemporaryFolder()
    let holder = try PropertyListStore(directory: folder.url)
    #expect(!holder.isReadOnly)
    let result = try CommandRunner.run(["community", "add", "Blocked", "--store", folder.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "vlgcoach is already open (process \(getpid())); this copy is read-only."))
    let list = try CommandRunner.run(["community", "list", "--store", folder.path])
    #expect(list.status == 0)
    #expect(!list.stdout.contains("Blocked"))
    withExtendedLifetime(holder) {}
  }

  @Test func withoutATerminalTheProgramSaysSoAndExitsTwo() throws {
    let folder = try TemporaryFolder()
    let result = try CommandRunner.run(["--store", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("vlgcoach needs a terminal"))
  }
}
