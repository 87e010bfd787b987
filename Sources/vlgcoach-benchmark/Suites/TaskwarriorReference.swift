import Foundation

/// Budget 8's yardstick: taskwarrior's `task list` over 16,000 pending tasks (as many as the
/// stress archive's open agreements), the way `Benchmarks/compare.py` makes them. Its data,
/// configuration and HOME are a folder of their own beside the archives, so no one's own
/// tasks are read or written.
struct TaskwarriorReference {
  static let tasks = 16_000
  static let flags = ["rc.verbose=nothing", "rc.gc=off", "rc.confirmation=off", "rc.hooks=off"]

  let executable: String
  let environment: [String: String]

  /// nil when taskwarrior is not installed (`bash Benchmarks/compare.sh` installs it). The
  /// tasks are imported once and kept.
  static func prepare(in folder: URL, log: (String) -> Void) throws -> TaskwarriorReference? {
    guard let executable = TimedProcess.find("task") else { return nil }
    let data = folder.appendingPathComponent("task")
    let configuration = folder.appendingPathComponent("taskrc")
    var environment = RealBinary.environment
    environment["HOME"] = folder.path
    environment["TASKRC"] = configuration.path
    environment["TASKDATA"] = data.path
    let reference = TaskwarriorReference(executable: executable, environment: environment)
    let marker = folder.appendingPathExtension("complete")
    if FileManager.default.fileExists(atPath: marker.path) { return reference }

    log("importing \(tasks) tasks into taskwarrior in \(folder.path) …")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("data.location=\(data.path)\nconfirmation=off\nnews.version=2.6.2\n".utf8)
      .write(to: configuration)
    let tasksFile = folder.appendingPathComponent("tasks.json")
    try Data(tasksJSON(today: Date()).utf8).write(to: tasksFile)
    let (_, status) = try TimedProcess.run(
      executable, flags + ["import", tasksFile.path], environment: environment)
    guard status == 0 else {
      throw BenchmarkFailure("task import ended with status \(status); see \(folder.path)")
    }
    _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
    return reference
  }

  /// The time `task list` takes, its output thrown away.
  func listTime() throws -> Duration {
    let (time, status) = try TimedProcess.run(
      executable, Self.flags + ["list"], environment: environment)
    guard status == 0 else { throw BenchmarkFailure("task list ended with status \(status)") }
    return time
  }

  /// Pending tasks, eight per meeting, due over two years from today, in 200 projects.
  private static func tasksJSON(today: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'120000'Z'"
    let entry = formatter.string(from: today)
    let records = (0..<tasks).map { number in
      let (meeting, item) = number.quotientAndRemainder(dividingBy: 8)
      let due = formatter.string(
        from: today.addingTimeInterval(Double(number * 730 / tasks) * 86_400))
      return """
        {"uuid":"\(UUID().uuidString.lowercased())","status":"pending","entry":"\(entry)",\
        "description":"Afspraak \(item + 1) van bijeenkomst \(meeting + 1): lesmateriaal \
        uitproberen","project":"VLG\(meeting % 200 + 1)","due":"\(due)"}
        """
    }
    return "[" + records.joined(separator: ",\n") + "]"
  }
}
