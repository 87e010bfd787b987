import Foundation
import Testing

@Suite("vlgcoach check on a store it cannot read")
struct UnreadableStoreCheckTests {
  @Test(.enabled(if: AsNobody.isPossible))
  func anUnreadableStoreIsAProblemNotAHealthyEmptyOne() throws {
    // Every command says so, not only check: an unreadable store never reads as empty.
    // Under /tmp with mode 0755, so that nobody reaches the store folder itself.
    let folder = try TemporaryFolder(in: URL(fileURLWithPath: "/tmp"))
    #expect(chmod(folder.path, 0o755) == 0)
    let store = folder.url.appendingPathComponent("store")
    let made = try CommandRunner.run(["community", "add", "A", "--store", store.path])
    #expect(made.status == 0)
    // root made it 0700, which shuts nobody out; any other user shuts itself out.
    if !AsNobody.isRoot { #expect(chmod(store.path, 0o000) == 0) }
    let executable = try AsNobody.runnableBinary(spare: folder.url)

    for (language, sentence) in [
      ("en", "vlgcoach: Cannot read \(store.path): Permission denied."),
      ("nl", "vlgcoach: \(store.path) kan niet gelezen worden: Permission denied."),
    ] {
      let result = try CommandRunner.run(
        ["check", "--store", store.path, "--lang", language], launcher: AsNobody.launcher,
        executable: executable)
      #expect(result.status == 1)
      #expect(result.stderr == sentence + "\n")
    }
  }
}
