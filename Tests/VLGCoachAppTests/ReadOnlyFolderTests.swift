import CoachCore
import Foundation
import Testing

/// A store folder its user cannot write to (as nobody when the tests run as root).
@Suite("A store folder that cannot be written to")
struct ReadOnlyFolderTests {
  @Test(.enabled(if: AsNobody.isPossible))
  func changesAreRefusedWithTheReasonAndListingStillWorks() throws {
    // Under /tmp with mode 0755, so that nobody can reach what is inside.
    let folder = try TemporaryFolder(in: URL(fileURLWithPath: "/tmp"))
    #expect(chmod(folder.path, 0o755) == 0)
    let store = folder.url.appendingPathComponent("store")
    let made = try CommandRunner.run(["community", "add", "Existing", "--store", store.path])
    #expect(made.status == 0)
    try makeReadOnlyForEveryone(store)

    let launcher = AsNobody.launcher
    let executable = try AsNobody.runnableBinary(spare: folder.url)

    let add = try CommandRunner.run(
      ["community", "add", "X", "--store", store.path], launcher: launcher,
      executable: executable)
    #expect(add.status == 1)
    let reason = ReadOnlyReason.directoryNotWritable(store.path).message(.en)
    #expect(add.stderr == "vlgcoach: \(reason)\n")

    let list = try CommandRunner.run(
      ["community", "list", "--store", store.path], launcher: launcher, executable: executable)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Existing"))
    #expect(!list.stdout.split(separator: "\n").contains { $0.hasPrefix("X ") })
  }

  /// The folders 0555 and the files 0444: readable by anyone, writable by no one but root.
  private func makeReadOnlyForEveryone(_ store: URL) throws {
    let communities = store.appendingPathComponent("communities")
    for name in try FileManager.default.contentsOfDirectory(atPath: communities.path) {
      #expect(chmod(communities.appendingPathComponent(name).path, 0o444) == 0)
    }
    for name in ["store.plist", "store.lock"] {
      #expect(chmod(store.appendingPathComponent(name).path, 0o444) == 0)
    }
    #expect(chmod(communities.path, 0o555) == 0)
    #expect(chmod(store.path, 0o555) == 0)
  }
}
