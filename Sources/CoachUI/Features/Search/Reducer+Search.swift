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
