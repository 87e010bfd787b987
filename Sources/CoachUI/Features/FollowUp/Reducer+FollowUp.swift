import CoachCore
import Foundation

extension Reducer {
  static func handleFollowUp(_ key: Key, _ screen: FollowUpScreen, _ state: inout AppState)
    -> [Effect]
  {
    var screen = screen
    // An agreement with two owners is two rows when grouped per person.
    let count = state.followUpRows(screen).filter { if case .item = $0 { true } else { false } }
      .count
    if let moved = moveSelection(screen.selection, count: count, key: key, page: state.listPageSize)
    {
      screen.selection = moved
      setRoute(.followUp(screen), &state)
      return []
    }
    switch key {
    case .escape, .character("q"):
      popRoute(&state)
    case .tab, .backTab:
      screen.grouping = screen.grouping == .byOwner ? .byMeeting : .byOwner
      screen.selection = 0
      setRoute(.followUp(screen), &state)
    default:
      break
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
