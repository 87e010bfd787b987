import Foundation

/// Runs a command to its end with its output thrown away, for the time it took: the way the
/// benchmark times vlgcoach's commands and taskwarrior alike.
enum TimedProcess {
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) throws -> (Duration, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    process.waitUntilExit()
    return (clock.now - start, process.terminationStatus)
  }

  /// Where `name` is on the PATH, or nil.
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
