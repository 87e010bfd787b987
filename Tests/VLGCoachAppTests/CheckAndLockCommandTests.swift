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
    // A folder others can read is made private again, and said so.
    chmod(store, 0o755)
    let loose = try CommandRunner.run(["check", "--store", store])
    #expect(loose.status == 1)
    #expect(
      loose.stdout == "\(store) could be read by others (mode 755); vlgcoach set it to 700.\n")
    var info = stat()
    #expect(stat(store, &info) == 0 && info.st_mode & 0o777 == 0o700)
    // Kept in git: the repository's own files are no problem.
    let git = folder.url.appendingPathComponent("store/.git")
    try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
    chmod(git.path, 0o755)
    try Data("*.lock\n".utf8).write(to: folder.url.appendingPathComponent("store/.gitignore"))
    chmod(folder.url.appendingPathComponent("store/.gitignore").path, 0o644)
    let again = try CommandRunner.run(["check", "--store", store])
    #expect(again.status == 0, "\(again.stdout)")
  }

  @Test func aHealthyStoreCountsItsCommunitiesInBothLanguages() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("store").path
    _ = try CommandRunner.run(["community", "add", "A", "--store", store])
    let one = try CommandRunner.run(["check", "--lang", "nl", "--store", store])
    #expect(one.stdout == "De opslag in \(store) is gezond: 1 leergemeenschap.\n")
    _ = try CommandRunner.run(["community", "add", "B", "--store", store])
    let two = try CommandRunner.run(["check", "--lang", "nl", "--store", store])
    #expect(two.stdout == "De opslag in \(store) is gezond: 2 leergemeenschappen.\n")
    let english = try CommandRunner.run(["check", "--store", store])
    #expect(english.stdout == "The store in \(store) is healthy: 2 learning communities.\n")
  }

  @Test func aDamagedFileIsReportedOnceOnTheFirstCheck() throws {
    let folder = try TemporaryFolder()
    let store = folder.url.appendingPathComponent("store")
    _ = try CommandRunner.run(["community", "add", "A", "--store", store.path])
    let communities = store.appendingPathComponent("communities")
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: communities.path).first)
    let url = communities.appendingPathComponent(file)
    try Data("<plist>broken".utf8).write(to: url)
    #expect(chmod(url.path, 0o600) == 0)
    let result = try CommandRunner.run(["check", "--store", store.path])
    #expect(result.status == 1)
    #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
    #expect(result.stdout.contains("is damaged and was set aside as"))
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
      result.stderr == "vlgcoach: vlgcoach is open (process \(getpid())); close it and try again.\n"
    )
    let dutch = try CommandRunner.run([
      "community", "add", "Ook geblokkeerd", "--lang", "nl", "--store", folder.path,
    ])
    #expect(dutch.status == 1)
    #expect(
      dutch.stderr
        == "vlgcoach: vlgcoach is open (proces \(getpid())); sluit het en probeer opnieuw.\n")
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
