import CoachCore
import Foundation

/// Undo and redo of every change, for as long as the program runs: stacks of earlier and
/// later `Library` values, each with what the change was.
public struct UndoHistory: Equatable, Sendable {
  public struct Entry: Equatable, Sendable {
    public var library: Library
    public var label: String
  }

  public private(set) var past: [Entry] = []
  public private(set) var future: [Entry] = []

  public init() {}

  mutating func record(_ before: Library, label: String) {
    past.append(Entry(library: before, label: label))
    future.removeAll()
  }

  /// Steps back: returns the library to show and the label of the change undone.
  mutating func undo(current: Library) -> Entry? {
    guard let entry = past.popLast() else { return nil }
    future.append(Entry(library: current, label: entry.label))
    return entry
  }

  mutating func redo(current: Library) -> Entry? {
    guard let entry = future.popLast() else { return nil }
    past.append(Entry(library: current, label: entry.label))
    return entry
  }

  /// A community read from the store after earlier snapshots were taken: those snapshots
  /// held it unchanged (it cannot change before it is read), so they get its value too.
  /// A community whose file turned out damaged: no undo step may bring back its summary.
  mutating func forget(_ id: UUID) {
    for index in past.indices { past[index].library.remove(id) }
    for index in future.indices { future[index].library.remove(id) }
  }

  mutating func remember(_ community: Community, notebook: CoachNotebook) {
    for index in past.indices { past[index].library.remember(community, notebook: notebook) }
    for index in future.indices {
      future[index].library.remember(community, notebook: notebook)
    }
  }
}
