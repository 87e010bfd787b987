import Foundation

/// Runs the real `vlgcoach` binary as a coach's script would: arguments, environment,
/// no terminal; returns the exit code and what it printed.
struct CommandResult {
  let status: Int32
  let stdout: String
  let stderr: String
}

enum CommandRunner {
  /// The binary sits next to the test bundle in the build folder.
  static var binary: URL {
    let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = runner.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("vlgcoach")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        ".build/debug/vlgcoach")
  }

  /// `launcher`: a program and its arguments that start the binary, e.g. `setpriv` to run
  /// it as another user; `executable`: another copy of the binary; `directory`: its working
  /// folder (else the test's own).
  static func run(
    _ arguments: [String], environment: [String: String] = [:], launcher: [String] = [],
    executable: URL? = nil, directory: URL? = nil
  ) throws -> CommandResult {
    let target = executable ?? binary
    let process = Process()
    if let program = launcher.first {
      process.executableURL = URL(fileURLWithPath: program)
      process.arguments = Array(launcher.dropFirst()) + [target.path] + arguments
    } else {
      process.executableURL = target
      process.arguments = arguments
    }
    var base = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
    base.merge(environment) { $1 }
    process.environment = base
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting, so a full pipe cannot block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
