import Foundation

/// Budget 8: the command-line paths that read the whole archive, on the stress archive, no
/// slower than taskwarrior's `task list` over 16,000 tasks on the same machine. Measured by
/// turns — `task list`, then each vlgcoach command, round after round — because a shared
/// machine is faster at one minute than at the next; without taskwarrior the figures are
/// shown unjudged.
enum CommandLineBenchmark {
  static func run(
    _ binary: RealBinary, _ archive: Archives.Store, runs: Int,
    taskwarrior: TaskwarriorReference?
  ) throws -> [BudgetRow] {
    // The first check after the archive was written decodes every file; the next ones
    // decode only what changed since (`CheckedFiles`). Both are shown; the first is made
    // again in each round by removing what the check before it remembered.
    let marks = archive.folder.appendingPathComponent("cache/checked.plist")
    let store = ["--store", archive.folder.path]
    let commands: [(String, () throws -> Duration)] = [
      (
        "vlgcoach check, the first after the archive was written",
        {
          try? FileManager.default.removeItem(at: marks)
          return try binary.runCommand(["check"] + store).0
        }
      ),
      ("vlgcoach check (whole archive)", { try binary.runCommand(["check"] + store).0 }),
      (
        "vlgcoach agreement list --open (whole archive)",
        { try binary.runCommand(["agreement", "list", "--open"] + store).0 }
      ),
    ]
    var reference = Samples()
    var samples = Array(repeating: Samples(), count: commands.count)
    for _ in 0..<runs {
      if let taskwarrior { reference.add(try taskwarrior.listTime()) }
      for (index, command) in commands.enumerated() { samples[index].add(try command.1()) }
    }
    let limit: BudgetRow.Limit =
      taskwarrior == nil ? .none : .milliseconds(reference.median, of: .median)
    let limitText =
      taskwarrior == nil
      ? "≤ task list (not installed)"
      : "median ≤ task list = \(BudgetRow.number(reference.median)) ms"
    var rows: [BudgetRow] = []
    if taskwarrior != nil {
      rows.append(
        BudgetRow(
          budget: 8, what: "taskwarrior task list, \(TaskwarriorReference.tasks) pending tasks",
          archive: "—", median: reference.median, p99: reference.p99, limit: .none))
    }
    for ((name, _), figures) in zip(commands, samples) {
      rows.append(
        BudgetRow(
          budget: 8, what: name, archive: archive.name, median: figures.median, p99: figures.p99,
          limit: limit, limitText: limitText))
    }
    return rows
  }
}
