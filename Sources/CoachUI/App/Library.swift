import CoachCore
import Foundation

/// The communities as the program knows them: a summary of each (from the store's index)
/// and the full value of those opened so far. Undo keeps whole `Library` values.
public struct Library: Equatable, Sendable {
  /// By name (`NameOrder`), as the home screen lists them: sorted when they change, so that
  /// no key press sorts them again.
  public private(set) var summaries: [CommunitySummary]
  public private(set) var loaded: [UUID: Community]
  /// The coach's private notes on the communities read so far. Only the coach's contexts
  /// (`ContextSource.coachNotes`, the search) are given them; a community's context is not.
  private(set) var notebooks: [UUID: CoachNotebook]

  public init(
    summaries: [CommunitySummary] = [], loaded: [UUID: Community] = [:],
    notebooks: [UUID: CoachNotebook] = [:]
  ) {
    self.summaries = Self.byName(summaries)
    self.loaded = loaded
    self.notebooks = notebooks
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
      let renamed = summaries[index].name != summary.name
      summaries[index] = summary
      if renamed { summaries = Self.byName(summaries) }
    } else {
      summaries.append(summary)
      summaries = Self.byName(summaries)
    }
  }

  private static func byName(_ summaries: [CommunitySummary]) -> [CommunitySummary] {
    summaries.sorted { NameOrder.ascending($0.name, $1.name) }
  }

  public mutating func remove(_ id: UUID) {
    summaries.removeAll { $0.id == id }
    loaded[id] = nil
    notebooks[id] = nil
  }

  /// The coach's notes on a community read so far (empty until it is read).
  func notebook(_ id: UUID) -> CoachNotebook {
    notebooks[id] ?? CoachNotebook(communityID: id)
  }

  /// Replaces the notes on a community that is read.
  mutating func putNotebook(_ notebook: CoachNotebook) {
    guard loaded[notebook.communityID] != nil else { return }
    notebooks[notebook.communityID] = notebook
  }

  /// Records a community read from the store, with its notes, without counting as a change.
  mutating func remember(_ community: Community, notebook: CoachNotebook) {
    guard contains(community.id), loaded[community.id] == nil else { return }
    loaded[community.id] = community
    notebooks[community.id] = notebook
  }

  /// A community and its notes as they are now in the store (read again after an outside
  /// change).
  mutating func put(_ community: Community, notebook: CoachNotebook) {
    put(community)
    notebooks[community.id] = notebook
  }

  /// The store's list after another vlgcoach changed it: communities read here stay (until
  /// they are read again), those gone from the store go.
  mutating func replaceSummaries(_ fresh: [CommunitySummary]) {
    let ids = Set(fresh.map(\.id))
    loaded = loaded.filter { ids.contains($0.key) }
    notebooks = notebooks.filter { ids.contains($0.key) }
    summaries = Self.byName(
      fresh.map { summary in loaded[summary.id].map(CommunitySummary.init) ?? summary })
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
        if let notebook = notebooks[id], old.notebooks[id] != notebook {
          operations.append(.saveNotebook(notebook))
        }
      } else if !old.contains(id) {
        operations.append(.restore(id))
      }
    }
    return operations
  }
}
