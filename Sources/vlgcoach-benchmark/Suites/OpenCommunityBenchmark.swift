import CoachCore
import CoachUI
import Foundation

/// Budget 2: opening the largest community (its file read and decoded, the screen drawn) and
/// each of its tabs.
enum OpenCommunityBenchmark {
  static let limit = 16.0

  static func run(_ archives: Archives, runs: Int) throws -> [BudgetRow] {
    try archives.archives.flatMap { try rows(for: $0, runs: runs) }
  }

  private static func rows(for archive: Archives.Store, runs: Int) throws -> [BudgetRow] {
    let store = try PropertyListStore(directory: archive.folder, purpose: .reading)
    guard let largest = largestCommunity(in: store) else { return [] }
    let driver = try ScreenDriver(store: store, width: 120, height: 40)
    var opening = Samples()
    var tabs = Array(repeating: Samples(), count: CommunityScreen.Tab.allCases.count - 1)
    let clock = ContinuousClock()
    for _ in 0..<runs {
      driver.forgetLoaded()
      let start = clock.now
      let community = try store.community(largest)
      driver.dispatch(.loaded(community, notebook: try store.notebook(largest), then: .open))
      driver.draw()
      opening.add(clock.now - start)
      for index in tabs.indices { tabs[index].add(driver.send(.tab).time) }
      driver.dispatch(.key(.escape))
    }
    let name = "open the largest community (\(kibibytes(store, largest)) KiB)"
    let tabNames = CommunityScreen.Tab.allCases.dropFirst().map { "\($0)" }
    return [
      BudgetRow(
        budget: 2, what: name, archive: archive.name, median: opening.median, p99: opening.p99,
        limit: .milliseconds(limit, of: .p99))
    ]
      + zip(tabNames, tabs).map { tab, samples in
        BudgetRow(
          budget: 2, what: "… then Tab to its \(tab) tab", archive: archive.name,
          median: samples.median, p99: samples.p99, limit: .milliseconds(limit, of: .p99))
      }
  }

  /// The community with the biggest file.
  static func largestCommunity(in store: PropertyListStore) -> UUID? {
    store.summaries.max { size(store, $0.id) < size(store, $1.id) }?.id
  }

  static func kibibytes(_ store: PropertyListStore, _ id: UUID) -> Int { size(store, id) / 1024 }

  private static func size(_ store: PropertyListStore, _ id: UUID) -> Int {
    let path = store.directory.appendingPathComponent(
      "communities/" + id.uuidString + ".plist"
    ).path
    return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }
}

extension OpenCommunityBenchmark {
  /// Where the largest community stands on the home screen, which lists them by name.
  static func largestHomeRow(_ store: PropertyListStore) -> Int {
    guard let largest = largestCommunity(in: store) else { return 0 }
    let ordered = store.summaries.sorted { NameOrder.ascending($0.name, $1.name) }
    return ordered.firstIndex { $0.id == largest } ?? 0
  }
}
