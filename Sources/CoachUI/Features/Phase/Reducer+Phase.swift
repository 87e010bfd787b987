import CoachCore
import Foundation

extension Reducer {
  static func perform(
    _ action: PhaseAction, _ key: Key, _ screen: PhaseScreen, _ state: inout AppState
  )
    -> [Effect]
  {
    var screen = screen
    guard let community = state.library.loaded[screen.communityID] else {
      popRoute(&state)
      return []
    }
    switch action {
    case .back:
      popRoute(&state)
      return []
    case .previousPhase:
      if let previous = screen.phase.previous {
        screen.phase = previous
        screen.scroll = 0
      }
    case .nextPhase:
      if let next = screen.phase.next {
        screen.phase = next
        screen.scroll = 0
      }
    case .choosePhase:
      if case .character(let digit) = key, let number = digit.wholeNumberValue,
        let phase = Phase(number: number)
      {
        screen.phase = phase
        screen.scroll = 0
      }
    case .scroll(let move):
      let page = state.listPageSize
      switch move {
      case .up: screen.scroll = max(0, screen.scroll - 1)
      case .down: screen.scroll += 1
      case .pageUp: screen.scroll = max(0, screen.scroll - page)
      case .pageDown: screen.scroll += page
      case .first: screen.scroll = 0
      case .last: screen.scroll = PhaseView.maxScroll(state, screen)
      }
    case .move:
      state.overlays.append(
        .form(Forms.movePhase(community, to: screen.phase, today: state.today, state.strings)))
    }
    screen.scroll = min(screen.scroll, PhaseView.maxScroll(state, screen))
    if case .phase = state.route { setRoute(.phase(screen), &state) }
    return []
  }
}
