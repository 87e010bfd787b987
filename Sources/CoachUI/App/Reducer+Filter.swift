import CoachCore

/// “/” filters: while typing, keys go into the filter; ↑/↓ still move in the list.
extension Reducer {
  static func isTypingInFilter(_ state: AppState) -> Bool {
    switch state.route {
    case .home(let screen): screen.filter.isEditing
    case .community(let screen): screen.tab == .members && screen.memberFilter.isEditing
    case .phase, .meeting, .live, .followUp: false
    }
  }

  static func handleFilterTyping(_ key: Key, _ state: inout AppState) -> [Effect] {
    switch key {
    case .up, .down, .pageUp, .pageDown:
      break
    case .enter:
      updateFilter(&state) { $0.isEditing = false }
      return []
    case .escape:
      updateFilter(&state) { $0 = FilterState() }
      return []
    default:
      updateFilter(&state) { filter in _ = filter.field.handle(key) }
      return []
    }
    switch state.route {
    case .home(let screen): return handleHome(key, screen, &state)
    case .community(let screen): return handleCommunity(key, screen, &state)
    case .phase, .meeting, .live, .followUp: return []
    }
  }

  /// Changes the filter of the current list; the selection goes back to the first match.
  static func updateFilter(_ state: inout AppState, _ body: (inout FilterState) -> Void) {
    switch state.route {
    case .home(var screen):
      let before = screen.filter.text
      body(&screen.filter)
      if screen.filter.text != before { screen.selection = 0 }
      setRoute(.home(screen), &state)
    case .community(var screen):
      let before = screen.memberFilter.text
      body(&screen.memberFilter)
      if screen.memberFilter.text != before { screen.memberSelection = 0 }
      setRoute(.community(screen), &state)
    case .phase, .meeting, .live, .followUp:
      break
    }
  }
}
