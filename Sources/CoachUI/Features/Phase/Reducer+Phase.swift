import CoachCore
import Foundation

extension Reducer {
  static func handlePhase(_ key: Key, _ screen: PhaseScreen, _ state: inout AppState) -> [Effect] {
    var screen = screen
    guard let community = state.library.loaded[screen.communityID] else {
      popRoute(&state)
      return []
    }
    switch key {
    case .escape, .character("q"):
      popRoute(&state)
    case .left, .character("h"):
      if let previous = screen.phase.previous {
        screen.phase = previous
        screen.scroll = 0
      }
    case .right, .character("l"):
      if let next = screen.phase.next {
        screen.phase = next
        screen.scroll = 0
      }
    case .character(let digit) where ("1"..."5").contains(digit):
      if let number = digit.wholeNumberValue, let phase = Phase(number: number) {
        screen.phase = phase
        screen.scroll = 0
      }
    case .up, .character("k"):
      screen.scroll = max(0, screen.scroll - 1)
    case .down, .character("j"):
      screen.scroll += 1
    case .pageUp:
      screen.scroll = max(0, screen.scroll - state.listPageSize)
    case .pageDown:
      screen.scroll += state.listPageSize
    case .home:
      screen.scroll = 0
    case .end:
      screen.scroll = PhaseView.maxScroll(state, screen)
    case .enter, .character("m"):
      if screen.phase == community.phase {
        state.flash = state.strings.alreadyInThisPhase
      } else if !refusedBecauseReadOnly(&state) {
        state.overlays.append(
          .form(Forms.movePhase(community, to: screen.phase, today: state.today, state.strings)))
      }
    default:
      break
    }
    screen.scroll = min(screen.scroll, PhaseView.maxScroll(state, screen))
    if case .phase = state.route { setRoute(.phase(screen), &state) }
    return []
  }
}
