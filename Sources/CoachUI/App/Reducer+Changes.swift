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

  /// After undo or redo a screen may show a community that no longer exists (go back), and
  /// a list may be shorter than its selection (select the last row).
  static func repairRoutes(_ state: inout AppState) {
    state.routes = state.routes.filter { route in
      if case .meeting(let screen) = route {
        return state.library.loaded[screen.communityID]?.meeting(withID: screen.meetingID) != nil
      }
      if case .live(let screen) = route {
        return state.library.loaded[screen.communityID]?.meeting(withID: screen.meetingID) != nil
      }
      guard let id = route.communityID else { return true }
      return state.library.loaded[id] != nil
    }
    if state.routes.isEmpty { state.routes = [.home(HomeScreen())] }
    for index in state.routes.indices {
      switch state.routes[index] {
      case .home(var home):
        let count = state.visibleCommunities(home).count
        home.selection = max(0, min(home.selection, count - 1))
        state.routes[index] = .home(home)
      case .community(var screen):
        let count = state.visibleMembers(screen).count
        screen.memberSelection = max(0, min(screen.memberSelection, count - 1))
        let meetings = state.library.loaded[screen.id]?.meetings.count ?? 0
        screen.meetingSelection = max(0, min(screen.meetingSelection, meetings - 1))
        state.routes[index] = .community(screen)
      case .phase, .meeting, .live, .followUp:
        break
      }
    }
  }

  /// Refuses to start an edit (a form, a delete) in a read-only store, saying why, so that
  /// nothing is typed that cannot be kept.
  static func refusedBecauseReadOnly(_ state: inout AppState) -> Bool {
    guard case .readOnly(let reason) = state.saveStatus else { return false }
    state.flash = reason
    return true
  }
}
