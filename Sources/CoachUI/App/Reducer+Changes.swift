import CoachCore
import Foundation

/// Every change to the data goes through `change`: it refuses in read-only mode, records
/// the undo step and asks the runtime to save what differs from the store.
extension Reducer {
  /// Applies `body` to the library (unless the store is read-only) and saves.
  static func change(
    _ state: inout AppState, label: String, _ body: (inout Library) throws -> Void
  ) rethrows -> [Effect] {
    if refusedBecauseReadOnly(&state) { return [] }
    let before = state.library
    try body(&state.library)
    guard state.library != before else { return [] }
    state.history.record(before, label: label)
    state.flash = label.capitalizedFirst
    return persist(state)
  }

  /// Saves the difference between the store and the library: after a failed save this
  /// includes what failed before, so nothing typed is left behind.
  static func persist(_ state: AppState) -> [Effect] {
    let operations = state.library.persistence(from: state.savedLibrary)
    if operations.isEmpty { return [] }
    return [.persist(operations, reaching: state.library)]
  }

  static func undo(_ state: inout AppState) -> [Effect] {
    step(&state, undoing: true)
  }

  static func redo(_ state: inout AppState) -> [Effect] {
    step(&state, undoing: false)
  }

  private static func step(_ state: inout AppState, undoing: Bool) -> [Effect] {
    if case .readOnly(let reason) = state.saveStatus {
      state.flash = reason
      return []
    }
    let before = state.library
    let entry =
      undoing
      ? state.history.undo(current: before) : state.history.redo(current: before)
    guard let entry else {
      state.flash = undoing ? state.strings.nothingToUndo : state.strings.nothingToRedo
      return []
    }
    state.library = entry.library
    state.flash = undoing ? state.strings.undone(entry.label) : state.strings.redone(entry.label)
    repairRoutes(&state)
    return persist(state)
  }

  /// After a change, undo or redo a screen may show data that no longer exists (it closes),
  /// and a list may be shorter than its selection (each screen repairs its own).
  static func repairRoutes(_ state: inout AppState) {
    let current = state
    state.routes = current.routes.compactMap { repaired($0.feature, current) }
    if state.routes.isEmpty { state.routes = [.home(HomeScreen())] }
  }

  /// Refuses to start an edit (a form, a delete) in a read-only store, saying why, so that
  /// nothing is typed that cannot be kept.
  static func refusedBecauseReadOnly(_ state: inout AppState) -> Bool {
    guard case .readOnly(let reason) = state.saveStatus else { return false }
    state.flash = reason
    return true
  }
}
