import CoachCore
import Foundation

extension Reducer {
  static func perform(_ action: FollowUpAction, _ screen: FollowUpScreen, _ state: inout AppState)
    -> [Effect]
  {
    var screen = screen
    // An agreement with two owners is two rows when grouped per person.
    let items = state.followUpRows(screen).compactMap { row -> FollowUpItem? in
      if case .item(let item) = row { return item }
      return nil
    }
    switch action {
    case .list(let move):
      if let moved = move.apply(to: screen.selection, count: items.count, page: state.listPageSize)
      {
        screen.selection = moved
        setRoute(.followUp(screen), &state)
      }
    case .back:
      popRoute(&state)
    case .grouping:
      screen.grouping = screen.grouping == .byOwner ? .byMeeting : .byOwner
      screen.selection = 0
      setRoute(.followUp(screen), &state)
    case .review:
      guard items.indices.contains(screen.selection) else { return [] }
      let item = items[screen.selection]
      state.overlays.append(
        .form(
          Forms.reviewAgreement(
            item.agreement, community: item.community.id, meeting: nil, state.language)))
    }
    return []
  }

  /// `f` on the home screen: the follow-up across communities needs every community read.
  static func openFollowUpOfAll(_ state: inout AppState) -> [Effect] {
    if state.library.summaries.allSatisfy({ state.library.loaded[$0.id] != nil }) {
      state.routes.append(.followUp(FollowUpScreen(communityID: nil)))
      return []
    }
    return [.loadAll]
  }
}
