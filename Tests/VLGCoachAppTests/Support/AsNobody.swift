import Foundation
import Testing

/// Runs the binary as a user that the file modes apply to. root may read and write
/// anywhere, so as root (as on CI) the binary runs as the user nobody, through `setpriv`.
enum AsNobody {
  static let setpriv = "/usr/bin/setpriv"
  static let isRoot = geteuid() == 0
  /// Whether a test that needs the modes to apply can run here.
  static let isPossible = !isRoot || FileManager.default.isExecutableFile(atPath: setpriv)
  static let launcher = isRoot ? [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] : []

  /// The binary, if the user the launcher switches to can run it; otherwise a copy in a
  /// folder of `spare` that everyone can reach (the build folder may be private).
  static func runnableBinary(spare: URL) throws -> URL? {
    guard !launcher.isEmpty else { return nil }
    let probe = try? CommandRunner.run(["--help"], launcher: launcher)
    if probe?.status == 0 { return nil }
    let folder = spare.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    #expect(chmod(folder.path, 0o755) == 0)
    let copy = folder.appendingPathComponent("vlgcoach")
    try FileManager.default.copyItem(at: CommandRunner.binary, to: copy)
    #expect(chmod(copy.path, 0o755) == 0)
    let check = try CommandRunner.run(["--help"], launcher: launcher, executable: copy)
    try #require(check.status == 0, "nobody cannot run the copied binary: \(check.stderr)")
    return copy
  }
}
