import CoachCore
import Foundation

/// The communities as the program knows them: a summary of each (from the store's index)
/// and the full value of those opened so far. Undo keeps whole `Library` values.
public struct Library: Equatable, Sendable {
  public private(set) var summaries: [CommunitySummary]
  public private(set) var loaded: [UUID: Community]

  public init(summaries: [CommunitySummary] = [], loaded: [UUID: Community] = [:]) {
    self.summaries = summaries
    self.loaded = loaded
  }

  public func summary(_ id: UUID) -> CommunitySummary? {
    summaries.first(where: { $0.id == id })
  }

  public func contains(_ id: UUID) -> Bool { summary(id) != nil }

  /// Adds or replaces a community and its summary.
  public mutating func put(_ community: Community) {
    loaded[community.id] = community
    let summary = CommunitySummary(community)
    if let index = summaries.firstIndex(where: { $0.id == community.id }) {
      summaries[index] = summary
    } else {
      summaries.append(summary)
    }
  }

  public mutating func remove(_ id: UUID) {
    summaries.removeAll { $0.id == id }
    loaded[id] = nil
  }

  /// Records a community read from the store, without counting as a change.
  mutating func remember(_ community: Community) {
    guard contains(community.id), loaded[community.id] == nil else { return }
    loaded[community.id] = community
  }

  /// The store's list after another vlgcoach changed it: communities read here stay (until
  /// they are read again), those gone from the store go.
  mutating func replaceSummaries(_ fresh: [CommunitySummary]) {
    let ids = Set(fresh.map(\.id))
    loaded = loaded.filter { ids.contains($0.key) }
    summaries = fresh.map { summary in loaded[summary.id].map(CommunitySummary.init) ?? summary }
  }

  /// Names of all communities except `id`, for the uniqueness rule.
  public func names(except id: UUID?) -> [String] {
    summaries.filter { $0.id != id }.map(\.name)
  }

  /// The store operations that turn `old` into `self`: the one mechanism behind every
  /// change, undo and redo.
  public func persistence(from old: Library) -> [PersistOperation] {
    var operations: [PersistOperation] = []
    let newIDs = Set(summaries.map(\.id))
    for summary in old.summaries where !newIDs.contains(summary.id) {
      operations.append(.trash(summary.id))
    }
    for summary in summaries {
      let id = summary.id
      if let community = loaded[id] {
        if old.loaded[id] != community || !old.contains(id) {
          operations.append(.save(community))
        }
      } else if !old.contains(id) {
        operations.append(.restore(id))
      }
    }
    return operations
  }
}
