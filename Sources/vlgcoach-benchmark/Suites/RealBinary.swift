import Foundation

/// The `vlgcoach` binary built beside this benchmark, and how to run it on a store.
struct RealBinary {
  let path: String

  /// `vlgcoach` in the folder this benchmark was started from (both are built together).
  static func beside() -> RealBinary? {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let path = own.deletingLastPathComponent().appendingPathComponent("vlgcoach").path
    return FileManager.default.isExecutableFile(atPath: path) ? RealBinary(path: path) : nil
  }

  /// The environment a terminal would give it: the same for every run.
  static var environment: [String: String] {
    let inherited = ProcessInfo.processInfo.environment
    return [
      "TERM": "xterm-256color", "LANG": "nl_BE.UTF-8", "HOME": inherited["HOME"] ?? "/tmp",
      "PATH": inherited["PATH"] ?? "/usr/bin:/bin", "TZ": inherited["TZ"] ?? "Europe/Brussels",
    ]
  }

  /// Starts the full-screen program on `store` in a pseudo-terminal.
  func startInTerminal(store: URL, width: Int, height: Int) throws -> PseudoTerminalProcess {
    try PseudoTerminalProcess(
      executable: path, arguments: ["--store", store.path, "--lang", "nl"], width: width,
      height: height, environment: Self.environment)
  }

  /// Runs a command to its end with its output thrown away; the time it took.
  func runCommand(_ arguments: [String]) throws -> (Duration, Int32) {
    try TimedProcess.run(path, arguments, environment: Self.environment)
  }
}
