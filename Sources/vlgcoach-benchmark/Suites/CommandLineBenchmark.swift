import Foundation

/// Budget 8: the command-line paths that read the whole archive, on the stress archive,
/// against taskwarrior's `task list` over 16,000 tasks when it is installed (see
/// `Benchmarks/compare.sh`).
enum CommandLineBenchmark {
  static func run(
    _ binary: RealBinary, _ archive: Archives.Store, runs: Int, taskwarrior: Double?
  ) throws -> [BudgetRow] {
    let commands: [(String, [String])] = [
      ("agreement list --open", ["agreement", "list", "--open"]),
      ("check", ["check"]),
    ]
    return try commands.map { name, arguments in
      var samples = Samples()
      for _ in 0..<runs {
        let (time, _) = try binary.runCommand(arguments + ["--store", archive.folder.path])
        samples.add(time)
      }
      return BudgetRow(
        budget: 8, what: "vlgcoach \(name) (whole archive)", archive: archive.name,
        median: samples.median, p99: samples.p99,
        limit: taskwarrior.map { .milliseconds($0, of: .median) } ?? .none,
        limitText: taskwarrior.map { "median ≤ task list = \(BudgetRow.number($0)) ms" })
    }
  }
}
