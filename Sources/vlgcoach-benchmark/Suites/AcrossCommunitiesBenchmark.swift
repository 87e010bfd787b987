import Foundation

/// Budgets 5 and 7, with the real binary in a pseudo-terminal on the stress archive: `f`
/// (the follow-up across every community) and the search, from the key to the first result
/// on the screen; every ↓ meanwhile (the screen must never freeze); and the peak resident
/// memory with the follow-up shown.
enum AcrossCommunitiesBenchmark {
  static let firstResultLimit = 100.0
  static let memoryLimit = 40.0

  /// An item of the follow-up: its kind's letter, as the screen writes it.
  static let itemMarkers = ["(a) ", "(b) ", "(c) "]
  /// A hit of the search: the count above them, the agreements' heading, a hit's text.
  static let searchMarkers = ["treffer", "Afspraken", "uitproberen"]

  static func run(_ binary: RealBinary, _ archive: Archives.Store, runs: Int) throws
    -> [BudgetRow]
  {
    var followUp = Samples()
    var followUpAll = Samples()
    var followUpKeys = Samples()
    var search = Samples()
    var searchKeys = Samples()
    var memory = Samples()
    // The first run finds no digests (a store written before they existed, or a cache
    // deleted): they are made from the community files, once.
    let cache = archive.folder.appendingPathComponent("cache")
    try? FileManager.default.removeItem(at: cache)
    var coldFirst = 0.0
    var coldAll = 0.0
    for run in 0...runs {
      let terminal = try binary.startInTerminal(store: archive.folder, width: 120, height: 40)
      terminal.settle(quiet: .milliseconds(200), needsOutput: true)
      let (first, all) = try openFollowUp(terminal)
      if run == 0 {
        (coldFirst, coldAll) = (first.milliseconds, all.milliseconds)
        terminal.end()
        continue
      }
      followUp.add(first)
      followUpAll.add(all)
      for _ in 0..<10 { followUpKeys.add(try terminal.response(to: "\u{1b}[B")) }
      terminal.settle(quiet: .milliseconds(300))
      memory.add(Double(terminal.peakResidentBytes() ?? 0) / 1_048_576)
      terminal.type("\u{1b}")
      terminal.settle(quiet: .milliseconds(200))
      terminal.type("/")
      terminal.settle(quiet: .milliseconds(200))
      // A word every agreement has, typed at once (as pasted): the count of hits heads them.
      let offset = terminal.output.count
      let typed = terminal.type("lesmateriaal")
      terminal.settle(quiet: .milliseconds(60), until: "uitproberen")
      // ncurses leaves out what did not change, so a word may never be written whole on a
      // line that held text before: the first of these to arrive is when hits show.
      guard terminal.sawMarker,
        let hits = terminal.firstArrival(of: searchMarkers, after: offset)
      else { throw BenchmarkFailure("the search never showed its hits") }
      search.add(hits - typed)
      // To the frame that moves the selection: the hits of communities still being read go
      // on arriving after it, and timing a key to their last byte timed the search instead.
      for _ in 0..<10 { searchKeys.add(try terminal.response(to: "\u{1b}[B", drawing: "▸")) }
      terminal.end()
    }
    let name = archive.name
    let limit = BudgetRow.Limit.milliseconds(firstResultLimit, of: .p99)
    return [
      BudgetRow(
        budget: 5, what: "f: key to the first follow-up result", archive: name,
        median: followUp.median, p99: followUp.p99, limit: limit),
      BudgetRow(
        budget: 5, what: "… without digests yet (the first f on an older store)",
        archive: name, median: coldFirst, p99: coldFirst, limit: limit),
      BudgetRow(
        budget: 5, what: "… every community in (the keys work meanwhile)", archive: name,
        median: followUpAll.median, p99: followUpAll.p99, limit: .none),
      BudgetRow(
        budget: 5, what: "… every community in, without digests yet", archive: name,
        median: coldAll, p99: coldAll, limit: .none),
      BudgetRow(
        budget: 5, what: "… then ↓ in the follow-up (key to frame, pty)", archive: name,
        median: followUpKeys.median, p99: followUpKeys.p99, limit: limit),
      BudgetRow(
        budget: 5, what: "search: the word typed to the first hits", archive: name,
        median: search.median, p99: search.p99, limit: limit),
      BudgetRow(
        budget: 5, what: "… then ↓ in the hits (key to the frame that shows it, pty)",
        archive: name,
        median: searchKeys.median, p99: searchKeys.p99, limit: limit),
      BudgetRow(
        budget: 7, what: "peak resident memory, follow-up shown", archive: name,
        median: memory.median, p99: memory.p99, unit: "MB",
        limit: .amount(memoryLimit, unit: "MB")),
    ]
  }

  /// `f` on the home screen: the time to the first agreement on the screen, and to the
  /// moment every community is in (the title shows the grouping instead of the count).
  private static func openFollowUp(_ terminal: PseudoTerminalProcess) throws
    -> (first: Duration, all: Duration)
  {
    let offset = terminal.output.count
    let typed = terminal.type("f")
    let done = terminal.settle(quiet: .milliseconds(60), until: "per persoon")
    guard terminal.sawMarker,
      let first = terminal.firstArrival(of: itemMarkers, after: offset)
    else { throw BenchmarkFailure("after f the follow-up never showed every community") }
    return (first - typed, terminal.started + done - typed)
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

  /// Types `key` and waits for the screen to settle: the time from the key to the first
  /// frame that draws `marker` (the selection), whatever else is still being drawn.
  func response(to key: String, drawing marker: String) throws -> Duration {
    let offset = output.count
    let typed = type(key)
    settle(quiet: .milliseconds(60), until: marker)
    guard let shown = firstArrival(of: [marker], after: offset) else {
      throw BenchmarkFailure(
        "after \(key.debugDescription) the screen never showed “\(marker)”")
    }
    return shown - typed
  }
}
