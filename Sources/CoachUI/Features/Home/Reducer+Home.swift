import CoachCore
import Foundation

extension HomeScreen {
  mutating func perform(_ action: HomeAction, key: Key, _ context: LibraryContext)
    -> [ScreenCommand]
  {
    let visible = visible(context)
    let selected = visible.indices.contains(selection) ? visible[selection] : nil
    let s = context.strings
    switch action {
    case .list(let move):
      selection =
        move.apply(to: selection, count: visible.count, page: context.listPageSize / 2)
        ?? selection
    case .quit:
      return [.quit]
    case .followUp:
      return FollowUpScreen.openAll(context)
    case .playbook:
      return [.push(.playbook(PlaybookScreen()))]
    case .search:
      return SearchScreen.open(context)
    case .add:
      return [.present(.form(Forms.addCommunity(s)))]
    case .open:
      guard let selected else { return [] }
      if let community = context.loaded[selected.id] {
        return [.push(.community(CommunityScreen.opening(community, today: context.today)))]
      }
      return [.effect(.load(selected.id, then: .open))]
    case .edit:
      guard let selected else { return [] }
      if let community = context.loaded[selected.id] {
        return [.present(.form(Forms.editCommunity(community, s)))]
      }
      return [.effect(.load(selected.id, then: .edit))]
    case .delete:
      guard let selected else { return [] }
      return [
        .present(
          .confirm(
            Confirmation(
              question: s.confirmDeleteCommunity(selected.name),
              action: .deleteCommunity(selected.id))))
      ]
    }
    return []
  }
}
