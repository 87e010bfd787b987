import CoachCore
import Foundation

extension SearchScreen {
  mutating func perform(_ action: SearchAction, key: Key, _ context: SearchContext)
    -> [ScreenCommand]
  {
    switch action {
    case .move(let move):
      let count = hits(context).count
      selection =
        move.apply(
          to: ListSelection.valid(selection, count: count) ?? 0, count: count,
          page: context.listPageSize) ?? 0
    case .open:
      guard let hit = selectedHit(context) else { return [] }
      return Self.jump(to: hit, context)
    case .clear:
      query.clear()
      selection = 0
      found = nil
    case .back:
      return [.pop]
    }
    return []
  }

  /// `/` on the home screen: the search opens at once and covers the communities read so
  /// far; the others are read off the key path, and the hits grow as they come in.
  static func open(_ context: LibraryContext) -> [ScreenCommand] {
    let screen: [ScreenCommand] = [.push(.search(SearchScreen()))]
    return context.isEverythingLoaded ? screen : screen + [.effect(.loadAll(then: .search))]
  }
}

extension Reducer {
  /// The hits the runtime found: shown when they are those of what is typed now.
  static func searched(_ query: String, _ results: SearchResults, _ state: inout AppState)
    -> [Effect]
  {
    guard case .search(var screen) = state.route, screen.query.text == query else { return [] }
    // A search started again (more communities read, something changed) answers in parts:
    // a part never replaces more hits of the same query, so the list does not shrink; a whole
    // answer always does (a community may be gone).
    let complete = results.covering >= (results.searched?.loaded.count ?? 0)
    if let found = screen.found, found.query == query, !complete,
      results.covering < found.results.covering
    {
      return []
    }
    screen.found = (query, results)
    setRoute(.search(screen), &state)
    return []
  }

  /// Back on the search after changing what it found: it looks again (unless the key
  /// started a search already).
  static func searchAgainIfOutOfDate(_ state: inout AppState, unless effects: [Effect])
    -> [Effect]
  {
    guard case .search(let screen) = state.route,
      !effects.contains(where: { if case .search = $0 { true } else { false } }),
      screen.isOutOfDate(ContextSource(state).search())
    else { return [] }
    return searchAgainIfShown(&state)
  }

  /// More communities were read: an open search looks again (each community once).
  static func searchAgainIfShown(_ state: inout AppState) -> [Effect] {
    guard case .search(var screen) = state.route else { return [] }
    let commands = screen.searchAgain(ContextSource(state).search())
    return commands.compactMap { if case .effect(let effect) = $0 { effect } else { nil } }
  }
}
