import Foundation

/// Budget 1: from spawning the real binary in a pseudo-terminal to the last byte of the
/// home screen's first complete frame, on each store.
enum StartupBenchmark {
  static func run(_ binary: RealBinary, _ archives: Archives, runs: Int) throws -> [BudgetRow] {
    var medians: [String: Samples] = [:]
    for store in archives.all {
      // One start first, unmeasured: it brings the files into the page cache, as they are
      // on a coach's machine that used the program before.
      _ = try start(binary, store)
      var samples = Samples()
      for _ in 0..<runs { samples.add(try start(binary, store)) }
      medians[store.name] = samples
    }
    let empty = medians[archives.empty.name] ?? Samples()
    return archives.all.map { store in
      let samples = medians[store.name] ?? Samples()
      let limit = store.name == archives.empty.name ? nil : 1.5 * empty.median
      return BudgetRow(
        budget: 1, what: "start to the first frame (pty, 120×40)", archive: store.name,
        median: samples.median, p99: samples.p99,
        limit: limit.map { .milliseconds($0, of: .median) } ?? .none,
        limitText: limit.map { "median ≤ 1.5 × empty = \(BudgetRow.number($0)) ms" })
    }
  }

  private static func start(_ binary: RealBinary, _ store: Archives.Store) throws -> Duration {
    let terminal = try binary.startInTerminal(store: store.folder, width: 120, height: 40)
    // The home screen's status line ends every full frame.
    let elapsed = terminal.settle(quiet: .milliseconds(200), needsOutput: true)
    terminal.end()
    return elapsed
  }
}
