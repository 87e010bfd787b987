import Foundation

/// Budget 8: the command-line paths that read the whole archive, on the stress archive,
/// against taskwarrior's `task list` over 16,000 tasks when it is installed (see
/// `Benchmarks/compare.sh`).
enum CommandLineBenchmark {
  static func run(
    _ binary: RealBinary, _ archive: Archives.Store, runs: Int, taskwarrior: Double?
  ) throws -> [BudgetRow] {
    // The first check after the archive was written decodes every file; the next ones
    // decode only what changed since (`CheckedFiles`). Both are shown; the first is made
    // again before each of its runs by removing what the check before it remembered.
    let marks = archive.folder.appendingPathComponent("cache/checked.plist")
    var first = Samples()
    for _ in 0..<runs {
      try? FileManager.default.removeItem(at: marks)
      first.add(try binary.runCommand(["check", "--store", archive.folder.path]).0)
    }
    let commands: [(String, [String])] = [
      ("agreement list --open", ["agreement", "list", "--open"]),
      ("check", ["check"]),
    ]
    let limit = taskwarrior.map { BudgetRow.Limit.milliseconds($0, of: .median) } ?? .none
    let limitText = taskwarrior.map { "median ≤ task list = \(BudgetRow.number($0)) ms" }
    return try commands.map { name, arguments in
      var samples = Samples()
      for _ in 0..<runs {
        let (time, _) = try binary.runCommand(arguments + ["--store", archive.folder.path])
        samples.add(time)
      }
      return BudgetRow(
        budget: 8, what: "vlgcoach \(name) (whole archive)", archive: archive.name,
        median: samples.median, p99: samples.p99, limit: limit, limitText: limitText)
    } + [
      BudgetRow(
        budget: 8, what: "vlgcoach check, the first after the archive was written",
        archive: archive.name, median: first.median, p99: first.p99,
        limit: limit, limitText: limitText)
    ]
  }
}
