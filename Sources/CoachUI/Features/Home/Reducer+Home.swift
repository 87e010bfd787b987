import CoachCore
import Foundation

extension Reducer {
  static func perform(_ action: HomeAction, _ screen: HomeScreen, _ state: inout AppState)
    -> [Effect]
  {
    var screen = screen
    let visible = state.visibleCommunities(screen)
    let selected = visible.indices.contains(screen.selection) ? visible[screen.selection] : nil
    switch action {
    case .list(let move):
      if let moved = move.apply(
        to: screen.selection, count: visible.count, page: state.listPageSize / 2)
      {
        screen.selection = moved
        setRoute(.home(screen), &state)
      }
      return []
    case .quit:
      return quitSafely(&state)
    case .clearFilter:
      screen.filter = FilterState()
      screen.selection = 0
      setRoute(.home(screen), &state)
      return []
    case .followUp:
      return openFollowUpOfAll(&state)
    case .filter:
      screen.filter.isEditing = true
      setRoute(.home(screen), &state)
      return []
    case .add:
      state.overlays.append(.form(Forms.addCommunity(state.strings)))
      return []
    case .open:
      guard let selected else { return [] }
      if let community = state.library.loaded[selected.id] {
        openCommunity(community, &state)
        return []
      }
      return [.load(selected.id, then: .open)]
    case .edit:
      guard let selected else { return [] }
      if let community = state.library.loaded[selected.id] {
        state.overlays.append(.form(Forms.editCommunity(community, state.strings)))
        return []
      }
      return [.load(selected.id, then: .edit)]
    case .delete:
      guard let selected else { return [] }
      state.overlays.append(
        .confirm(
          Confirmation(
            question: state.strings.confirmDeleteCommunity(selected.name),
            action: .deleteCommunity(selected.id))))
      return []
    }
  }
}
