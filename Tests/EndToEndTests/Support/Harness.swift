import Foundation
import Glibc
import Testing

/// A failure of an end-to-end step, with what the terminal showed at the time.
struct EndToEndFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Where the `vlgcoach` executable that `swift test` built lives.
enum VLGCoachBinary {
  /// `VLGCOACH_BINARY` if set; else a file named `vlgcoach` next to the test bundle (or up to
  /// two folders above it); else `<package root>/.build/debug/vlgcoach`.
  static func url(filePath: String = #filePath) throws -> URL {
    let fileManager = FileManager.default
    var candidates: [URL] = []
    if let override = ProcessInfo.processInfo.environment["VLGCOACH_BINARY"], !override.isEmpty {
      candidates.append(URL(fileURLWithPath: override))
    }
    var starts = [
      URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
      Bundle.main.bundleURL,
    ]
    if let executable = Bundle.main.executableURL {
      starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    for start in starts {
      var folder = start
      for _ in 0..<3 {
        candidates.append(folder.appendingPathComponent("vlgcoach"))
        candidates.append(folder.appendingPathComponent("debug/vlgcoach"))
        folder = folder.deletingLastPathComponent()
      }
    }
    // Tests/EndToEndTests/Support/Harness.swift -> the package root.
    let root = URL(fileURLWithPath: filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/vlgcoach"))
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue, fileManager.isExecutableFile(atPath: candidate.path)
      {
        return candidate.resolvingSymlinksInPath()
      }
    }
    throw EndToEndFailure(
      "vlgcoach executable not found; looked at:\n"
        + candidates.map(\.path).joined(separator: "\n"))
  }
}

/// A fresh temporary folder with a HOME and a store path inside; removed on deinit.
final class Scratch {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vlgcoach-e2e-" + UUID().uuidString.prefix(12).lowercased())
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("home"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("tmp"), withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  var home: URL { folder.appendingPathComponent("home") }
  var temporary: URL { folder.appendingPathComponent("tmp") }
  /// Not created: the program creates it (mode 0700).
  var store: URL { folder.appendingPathComponent("store") }

  /// The whole environment a program under test gets: nothing leaks from the test's own.
  func environment(lang: String = "C.UTF-8", extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "HOME": home.path,
      "LANG": lang,
      "PATH": "/usr/local/bin:/usr/bin:/bin",
      "TMPDIR": temporary.path,
      "TERM": "tmux-256color",
    ]
    for (key, value) in extra { environment[key] = value }
    return environment
  }
}

/// What a finished command printed and returned.
struct CommandResult: CustomStringConvertible {
  let status: Int32
  let stdout: String
  let stderr: String

  var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
}

/// Runs a program without a terminal: stdin from /dev/null, stdout and stderr to files (so
/// nothing can block on a full pipe), killed after `timeout`.
func runCommand(
  _ executable: URL, _ arguments: [String], environment: [String: String],
  timeout: Duration = .seconds(20)
) async throws -> CommandResult {
  let outputs = FileManager.default.temporaryDirectory
    .appendingPathComponent("vlgcoach-e2e-out-" + UUID().uuidString)
  try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: outputs) }
  let stdoutPath = outputs.appendingPathComponent("stdout").path
  let stderrPath = outputs.appendingPathComponent("stderr").path
  let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
  let output = open(stdoutPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
  let errors = open(stderrPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
  defer {
    for descriptor in [input, output, errors] where descriptor >= 0 { close(descriptor) }
  }
  guard input >= 0, output >= 0, errors >= 0 else {
    throw EndToEndFailure("cannot open the output files: errno \(errno)")
  }
  let child = try ChildProcess.spawn(
    executable.path, arguments, environment: environment, stdin: input, stdout: output,
    stderr: errors)
  let status = try await child.wait(timeout: timeout)
  return CommandResult(
    status: status,
    stdout: (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "",
    stderr: (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "")
}

/// Runs a `vlgcoach` subcommand on `scratch`'s store.
func vlgcoach(_ arguments: [String], in scratch: Scratch, lang: String = "C.UTF-8") async throws
  -> CommandResult
{
  try await runCommand(
    try VLGCoachBinary.url(), arguments + ["--store", scratch.store.path],
    environment: scratch.environment(lang: lang))
}

/// The names in `community list --json`.
func communityNames(in scratch: Scratch) async throws -> [String] {
  let result = try await vlgcoach(["community", "list", "--json"], in: scratch)
  guard result.status == 0 else { throw EndToEndFailure("community list failed: \(result)") }
  struct Row: Decodable { let name: String }
  return try JSONDecoder().decode([Row].self, from: Data(result.stdout.utf8)).map(\.name)
}
