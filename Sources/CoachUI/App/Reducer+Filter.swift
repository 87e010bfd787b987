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
    switch FilterKeys.table(state).match(key) {
    case .action(.keep):
      updateFilter(&state) { $0.isEditing = false }
    case .action(.clear):
      updateFilter(&state) { $0 = FilterState() }
    case .refused, .unbound:
      // ↑/↓ still move in the list while typing: the list's own bindings do that.
      if FilterKeys.passedToList.contains(key) {
        return ScreenKeys.forScreen(state).perform(key, &state) ?? []
      }
      updateFilter(&state) { filter in _ = filter.field.handle(key) }
    }
    return []
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
