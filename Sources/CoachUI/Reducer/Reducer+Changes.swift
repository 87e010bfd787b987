import CoachCore
import Foundation

/// Every change to the data goes through `change`: it refuses in read-only mode, records
/// the undo step and asks the runtime to save exactly what changed.
extension Reducer {
  static func change(
    _ state: inout AppState, label: String, _ body: (inout Library) throws -> Void
  ) rethrows -> [Effect] {
    if case .readOnly(let reason) = state.saveStatus {
      state.flash = reason
      return []
    }
    let before = state.library
    try body(&state.library)
    guard state.library != before else { return [] }
    state.history.record(before, label: label)
    return [.persist(state.library.persistence(from: before))]
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
    return [.persist(state.library.persistence(from: before))]
  }

  /// After undo or redo a screen may show a community that no longer exists: go back.
  static func repairRoutes(_ state: inout AppState) {
    state.routes = state.routes.filter { route in
      switch route {
      case .home: true
      case .community(let screen): state.library.loaded[screen.id] != nil
      case .phase(let screen): state.library.loaded[screen.communityID] != nil
      }
    }
    if state.routes.isEmpty { state.routes = [.home(HomeScreen())] }
  }
}
