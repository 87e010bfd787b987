import CoachCore
import CoachUI
import Foundation

/// Budgets 3 and 9: one key's way to the terminal (reduce, render, diff, write) for moving
/// and typing on every screen, at 80×24 and 200×60; and the bytes one cursor move writes.
enum KeyToFrameBenchmark {
  static let limit = 4.0
  static let byteLimit = 200.0

  /// A screen reached by `setup` (not measured), then `keys` measured one by one.
  struct Scenario {
    var screen: String
    var setup: [Key]
    var keys: [Key]
    /// Text (in Dutch, the benchmark's language) that shows the setup reached the screen
    /// meant: a scenario that ends elsewhere stops the run instead of timing another screen.
    var expect: String
  }

  static func scenarios(largestRow: Int) -> [Scenario] {
    let down = Array(repeating: Key.down, count: 6) + Array(repeating: Key.up, count: 6)
    let toLargest = Array(repeating: Key.down, count: largestRow)
    let community = toLargest + [.enter]
    let typing = "Afspraak voor Zoë".map(Key.character) + Array(repeating: .backspace, count: 5)
    return [
      Scenario(screen: "home", setup: [], keys: down, expect: "Leergemeenschappen"),
      Scenario(screen: "community overview", setup: community, keys: down, expect: "[Overzicht]"),
      Scenario(screen: "members tab", setup: community + [.tab], keys: down, expect: "[Leden]"),
      Scenario(
        screen: "meetings tab", setup: community + [.tab, .tab], keys: down,
        expect: "[Bijeenkomsten]"),
      Scenario(
        screen: "meeting", setup: community + [.tab, .tab, .enter], keys: down,
        expect: "[Agenda]"),
      Scenario(
        screen: "phase guide", setup: community + [.enter], keys: down, expect: "Huidige fase"),
      Scenario(
        screen: "checklist results", setup: community + [.character("c")], keys: down,
        expect: "Vragenlijsten"),
      Scenario(
        screen: "coach's notes", setup: community + [.character("t")], keys: down,
        expect: "Notities over de groep"),
      Scenario(
        screen: "writing a note (typing)", setup: community + [.character("n")], keys: typing,
        expect: "Notitie over de groepsdynamiek"),
      Scenario(
        screen: "adding a member (typing)", setup: community + [.tab, .character("a")],
        keys: typing, expect: "Nieuw lid"),
      Scenario(screen: "playbook", setup: [.character("b")], keys: down, expect: "Draaiboek"),
      Scenario(
        screen: "follow-up, all communities", setup: [.character("f")], keys: down,
        expect: "Op te volgen"),
      Scenario(
        screen: "search, typing", setup: [.character("/")], keys: typing,
        expect: "Zoeken in alles"),
    ]
  }

  /// Each screen's keys are sent over and over until there are `samples` of them.
  static func run(_ archive: Archives.Store, samples wanted: Int, show: Bool) throws
    -> [BudgetRow]
  {
    var rows: [BudgetRow] = []
    var moves = Samples()
    // Every key of every screen, wall and the thread's own CPU time side by side: where a
    // p99 is over and the CPU time is not, the key waited for a CPU it did not get.
    var allWall = Samples()
    var allCPU = Samples()
    for (width, height) in [(80, 24), (200, 60)] {
      let store = try PropertyListStore(directory: archive.folder, purpose: .reading)
      let driver = try ScreenDriver(store: store, width: width, height: height)
      let largestRow = OpenCommunityBenchmark.largestHomeRow(store)
      for scenario in scenarios(largestRow: largestRow) {
        var samples = Samples()
        let runs = max(1, (wanted + scenario.keys.count - 1) / scenario.keys.count)
        for _ in 0..<runs {
          driver.forgetLoaded()
          for key in scenario.setup { driver.send(key) }
          guard driver.screenText.contains(scenario.expect) else {
            throw BenchmarkFailure(
              "“\(scenario.screen)” did not reach its screen:\n\(driver.screenText)")
          }
          if show { print("— \(scenario.screen) \(width)×\(height)\n\(driver.screenText)") }
          for key in scenario.keys {
            let (time, bytes, cpu) = driver.send(key)
            allCPU.add(cpu)
            samples.add(time)
            allWall.add(time)
            if scenario.screen == "home", width == 80, key == .down || key == .up {
              moves.add(Double(bytes))
            }
          }
        }
        rows.append(
          BudgetRow(
            budget: 3, what: "key to frame: \(scenario.screen), \(width)×\(height)",
            archive: archive.name, median: samples.median, p99: samples.p99,
            limit: .milliseconds(limit, of: .p99)))
      }
    }
    rows += [
      BudgetRow(
        budget: 3, what: "key to frame, every screen and size: wall time", archive: archive.name,
        median: allWall.median, p99: allWall.p99, limit: .none),
      BudgetRow(
        budget: 3, what: "… the same keys: the thread's own CPU time", archive: archive.name,
        median: allCPU.median, p99: allCPU.p99, limit: .none),
    ]
    rows.append(
      BudgetRow(
        budget: 9, what: "bytes written for one cursor move (home, 80×24)",
        archive: archive.name, median: moves.median, p99: moves.p99, unit: "B",
        limit: .amount(byteLimit, unit: "B")))
    return rows
  }
}
