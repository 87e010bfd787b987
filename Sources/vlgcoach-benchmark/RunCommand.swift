import Foundation

/// The benchmark run: prepares the archives, runs the suites asked for, prints the table.
enum RunCommand {
  static let usage = """
    usage: vlgcoach-benchmark [--quick] [--archives DIR] [--only 1,2,…] [--runs N]
                              [--show]
           vlgcoach-benchmark generate (--realistic DIR | --stress DIR) [--seed N]
    """

  struct Options {
    var quick = false
    var archives: URL?
    var only: Set<Int> = Set(1...9)
    var runs: Int?
    var show = false
  }

  /// The exit code: 0 measured (budgets missed are in the table, not the exit code: timing
  /// on a shared machine is noisy), 1 could not measure, 2 bad arguments.
  static func run(_ arguments: [String]) -> Int32 {
    guard let options = parse(arguments) else {
      FileHandle.standardError.write(Data((usage + "\n").utf8))
      return 2
    }
    do {
      try measure(options)
      return 0
    } catch {
      FileHandle.standardError.write(Data("vlgcoach-benchmark: \(error)\n".utf8))
      return 1
    }
  }

  private static func parse(_ arguments: [String]) -> Options? {
    var options = Options()
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--quick": options.quick = true
      case "--show": options.show = true
      case "--archives":
        guard let path = rest.popFirst() else { return nil }
        options.archives = URL(fileURLWithPath: path, isDirectory: true)
      case "--only":
        guard let list = rest.popFirst() else { return nil }
        let numbers = list.split(separator: ",").compactMap { Int($0) }
        guard !numbers.isEmpty else { return nil }
        options.only = Set(numbers)
      case "--runs":
        guard let runs = rest.popFirst().flatMap(Int.init), runs > 0 else { return nil }
        options.runs = runs
      default: return nil
      }
    }
    return options
  }

  private static func measure(_ options: Options) throws {
    let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    let folder =
      options.archives
      ?? URL(fileURLWithPath: ".build/benchmark-archives", isDirectory: true)
    let archives = try Archives.prepare(in: folder, quick: options.quick, log: log)
    guard let binary = RealBinary.beside() else {
      throw BenchmarkFailure(
        "no vlgcoach binary beside this one; build both: swift build -c release")
    }
    let runs = options.runs ?? (options.quick ? 2 : 20)
    let fewer = max(1, runs / 4)
    // The figures measured in this process and judged on their p99.
    let judged = options.quick ? runs : max(runs, Samples.forP99)
    var rows: [BudgetRow] = []
    let stealBefore = MachineSteal.total()
    let started = ContinuousClock.now
    let suites: [(Int, String, () throws -> [BudgetRow])] = [
      (1, "start-up", { try StartupBenchmark.run(binary, archives, runs: runs) }),
      (2, "opening a community", { try OpenCommunityBenchmark.run(archives, runs: judged) }),
      (
        3, "key to frame",
        {
          try archives.archives.flatMap {
            try KeyToFrameBenchmark.run($0, samples: judged, show: options.show)
          }
        }
      ),
      (4, "saving", { try SaveBenchmark.run(archives, runs: judged) }),
      (
        5, "follow-up and search",
        {
          try AcrossCommunitiesBenchmark.run(binary, archives.stress, runs: fewer)
        }
      ),
      (6, "exports", { try ExportBenchmark.run(archives, runs: judged) }),
      (
        8, "whole-archive commands",
        {
          let taskwarrior = try TaskwarriorReference.prepare(
            in: folder.appendingPathComponent("taskwarrior"), log: log)
          return try CommandLineBenchmark.run(
            binary, archives.stress, runs: options.quick ? runs : runs / 2,
            taskwarrior: taskwarrior)
        }
      ),
    ]
    for (number, name, suite) in suites
    where options.only.contains(number)
      || (number == 5 && options.only.contains(7)) || (number == 3 && options.only.contains(9))
    {
      log("measuring \(name) …")
      rows += try suite()
    }
    print(BudgetTable.markdown(rows.sorted { $0.budget < $1.budget }))
    if let before = stealBefore, let after = MachineSteal.total() {
      let elapsed = (ContinuousClock.now - started).milliseconds
      print(
        "\nThe host took \(BudgetRow.number((after - before) / 1000)) s of CPU time away from "
          + "this machine during the run (steal in /proc/stat, over all CPUs), in "
          + "\(BudgetRow.number(elapsed / 1000)) s.")
    }
    let missed = rows.filter { $0.isMet == false }.count
    print(
      missed == 0
        ? "\nEvery budget met (\(rows.count) figures)."
        : "\n\(missed) of \(rows.count) figures over budget.")
  }
}
