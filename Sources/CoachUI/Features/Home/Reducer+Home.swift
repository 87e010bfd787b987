import CoachCore
import Foundation

extension Reducer {
  static func handleHome(_ key: Key, _ screen: HomeScreen, _ state: inout AppState) -> [Effect] {
    var screen = screen
    let visible = state.visibleCommunities(screen)
    let selected = visible.indices.contains(screen.selection) ? visible[screen.selection] : nil
    if let moved = moveSelection(
      screen.selection, count: visible.count, key: key, page: state.listPageSize / 2)
    {
      screen.selection = moved
      setRoute(.home(screen), &state)
      return []
    }
    switch key {
    case .character("q"):
      return quitSafely(&state)
    case .escape:
      if screen.filter.isActive {
        screen.filter = FilterState()
        screen.selection = 0
        setRoute(.home(screen), &state)
      }
      return []
    case .character("f"):
      return openFollowUpOfAll(&state)
    case .character("/"):
      screen.filter.isEditing = true
      setRoute(.home(screen), &state)
      return []
    case .character("a"):
      if refusedBecauseReadOnly(&state) { return [] }
      state.overlays.append(.form(Forms.addCommunity(state.strings)))
      return []
    case .enter, .right, .character("l"):
      guard let selected else { return [] }
      if let community = state.library.loaded[selected.id] {
        openCommunity(community, &state)
        return []
      }
      return [.load(selected.id, then: .open)]
    case .character("e"):
      guard let selected, !refusedBecauseReadOnly(&state) else { return [] }
      if let community = state.library.loaded[selected.id] {
        state.overlays.append(.form(Forms.editCommunity(community, state.strings)))
        return []
      }
      return [.load(selected.id, then: .edit)]
    case .character("d"), .delete:
      guard let selected, !refusedBecauseReadOnly(&state) else { return [] }
      state.overlays.append(
        .confirm(
          Confirmation(
            question: state.strings.confirmDeleteCommunity(selected.name),
            action: .deleteCommunity(selected.id))))
      return []
    default:
      return []
    }
  }
}
