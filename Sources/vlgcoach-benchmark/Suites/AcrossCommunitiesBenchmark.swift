import Foundation

/// Budgets 5 and 7, with the real binary in a pseudo-terminal on the stress archive: `f`
/// (the follow-up across every community) and the search, from the key to the first result
/// on the screen; every ↓ meanwhile (the screen must never freeze); and the peak resident
/// memory with the follow-up shown.
enum AcrossCommunitiesBenchmark {
  static let firstResultLimit = 100.0
  static let memoryLimit = 40.0

  static func run(_ binary: RealBinary, _ archive: Archives.Store, runs: Int) throws
    -> [BudgetRow]
  {
    var followUp = Samples()
    var followUpKeys = Samples()
    var search = Samples()
    var searchKeys = Samples()
    var memory = Samples()
    for _ in 0..<runs {
      let terminal = try binary.startInTerminal(store: archive.folder, width: 120, height: 40)
      terminal.settle(quiet: .milliseconds(200), needsOutput: true)
      followUp.add(try terminal.response(to: "f", showing: "Op te volgen"))
      for _ in 0..<10 { followUpKeys.add(try terminal.response(to: "\u{1b}[B")) }
      terminal.settle(quiet: .milliseconds(300))
      memory.add(Double(terminal.peakResidentBytes() ?? 0) / 1_048_576)
      terminal.type("\u{1b}")
      terminal.settle(quiet: .milliseconds(200))
      terminal.type("/")
      terminal.settle(quiet: .milliseconds(200))
      // A word every agreement has, typed at once (as pasted): the count of hits heads them.
      search.add(try terminal.response(to: "lesmateriaal", showing: "treffer"))
      for _ in 0..<10 { searchKeys.add(try terminal.response(to: "\u{1b}[B")) }
      terminal.end()
    }
    let name = archive.name
    return [
      BudgetRow(
        budget: 5, what: "f: key to the first follow-up result", archive: name,
        median: followUp.median, p99: followUp.p99,
        limit: .milliseconds(firstResultLimit, of: .p99)),
      BudgetRow(
        budget: 5, what: "… then ↓ in the follow-up (key to frame, pty)", archive: name,
        median: followUpKeys.median, p99: followUpKeys.p99,
        limit: .milliseconds(firstResultLimit, of: .p99)),
      BudgetRow(
        budget: 5, what: "search: the word typed to the first hits", archive: name,
        median: search.median, p99: search.p99, limit: .milliseconds(firstResultLimit, of: .p99)),
      BudgetRow(
        budget: 5, what: "… then ↓ in the hits (key to frame, pty)", archive: name,
        median: searchKeys.median, p99: searchKeys.p99,
        limit: .milliseconds(firstResultLimit, of: .p99)),
      BudgetRow(
        budget: 7, what: "peak resident memory, follow-up shown", archive: name,
        median: memory.median, p99: memory.p99, unit: "MB",
        limit: .amount(memoryLimit, unit: "MB")),
    ]
  }
}

extension PseudoTerminalProcess {
  /// Types `key` and waits for the screen to answer (and to show `marker`, if given): the
  /// time from the key to the answer's last byte.
  func response(to key: String, showing marker: String? = nil) throws -> Duration {
    let typed = type(key)
    let lastByte = settle(quiet: .milliseconds(60), until: marker)
    guard sawMarker else {
      throw BenchmarkFailure(
        "after \(key.debugDescription) the screen never showed “\(marker ?? "")”")
    }
    return started + lastByte - typed
  }
}
