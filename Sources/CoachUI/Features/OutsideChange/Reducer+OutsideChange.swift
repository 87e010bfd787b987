import CoachCore
import Foundation

/// Files changed by someone else: reloaded when nothing here is unsaved, else the coach
/// chooses; never overwritten unasked (the store refuses that anyway).
extension Reducer {
  static func changedOutside(_ ids: [UUID], _ state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for id in ids {
      let unsavedHere = state.library.loaded[id] != state.savedLibrary.loaded[id]
      guard unsavedHere, state.library.loaded[id] != nil else {
        effects.append(.reload(id))
        continue
      }
      if state.overlays.contains(.outsideChange(community: id)) { continue }
      let name = state.library.summary(id)?.name ?? ""
      state.saveStatus = .conflict(state.strings.outsideChange.waiting(name))
      state.flash = state.strings.outsideChange.waiting(name)
      state.overlays.append(.outsideChange(community: id))
    }
    return effects
  }

  static func reloaded(
    _ community: Community, notebook: CoachNotebook, _ state: inout AppState
  ) -> [Effect] {
    let hadIt = state.library.loaded[community.id] != nil
    state.library.put(community, notebook: notebook)
    state.savedLibrary.put(community, notebook: notebook)
    state.history.remember(community, notebook: notebook)
    if case .conflict = state.saveStatus { state.saveStatus = .saved }
    repairRoutes(&state)
    if hadIt { state.flash = state.strings.outsideChange.reloaded(community.name) }
    // Another community may still wait for its own save.
    return persist(state)
  }

  static func handleOutsideChange(_ key: Key, community id: UUID, _ state: inout AppState)
    -> [Effect]
  {
    let o = state.strings.outsideChange
    let name = state.library.summary(id)?.name ?? ""
    let choice: OutsideChangeChoice
    switch OutsideChangeKeys.table(state).match(key) {
    case .action(.takeTheirs):
      state.overlays.removeAll { $0 == .outsideChange(community: id) }
      return [.reload(id)]
    case .action(.keepMine):
      choice = .keepMine
      state.flash = o.keptMine(name)
    case .action(.keepBoth):
      choice = .keepBoth
      state.flash = o.keptBoth(name)
    case .refused(let reason):
      state.flash = reason
      return []
    case .unbound:
      return []
    }
    state.overlays.removeAll { $0 == .outsideChange(community: id) }
    if case .conflict = state.saveStatus { state.saveStatus = .saved }
    let operations = state.library.persistence(from: state.savedLibrary)
    return [.persistOver(operations, reaching: state.library, community: id, choice: choice)]
  }
}
