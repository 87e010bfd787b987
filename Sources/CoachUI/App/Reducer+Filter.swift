import CoachCore

/// “/” filters: while typing, keys go into the filter; ↑/↓ still move in the list.
extension Reducer {
  static func isTypingInFilter(_ state: AppState) -> Bool {
    state.route.feature.filter?.isEditing == true
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

  /// Changes the filter of the current list; the screen puts its selection on the first match.
  static func updateFilter(_ state: inout AppState, _ body: (inout FilterState) -> Void) {
    let feature = state.route.feature
    guard var filter = feature.filter else { return }
    body(&filter)
    setFilter(feature, filter, &state)
  }
}
