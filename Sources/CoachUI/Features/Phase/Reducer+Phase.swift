import CoachCore
import Foundation

extension PhaseScreen {
  mutating func perform(_ action: PhaseAction, key: Key, _ context: CommunityContext)
    -> [ScreenCommand]
  {
    switch action {
    case .back:
      return [.pop]
    case .tick:
      guard let form = Forms.checklist(context.community, phase: phase, context) else {
        return []
      }
      return [.present(.form(form))]
    case .followUp:
      return [.push(.followUp(FollowUpScreen(communityID: communityID)))]
    case .previousPhase:
      if let previous = phase.previous { show(previous) }
    case .nextPhase:
      if let next = phase.next { show(next) }
    case .choosePhase:
      if case .character(let digit) = key, let number = digit.wholeNumberValue,
        let chosen = Phase(number: number)
      {
        show(chosen)
      }
    case .scroll(let move):
      let page = context.listPageSize
      switch move {
      case .up: scroll = max(0, scroll - 1)
      case .down: scroll += 1
      case .pageUp: scroll = max(0, scroll - page)
      case .pageDown: scroll += page
      case .first: scroll = 0
      case .last: scroll = PhaseView.maxScroll(self, context)
      }
    case .move:
      return [
        .present(
          .form(
            Forms.movePhase(
              context.community, to: phase, today: context.today, context.strings)))
      ]
    }
    scroll = min(scroll, PhaseView.maxScroll(self, context))
    return []
  }

  private mutating func show(_ other: Phase) {
    phase = other
    scroll = 0
  }
}
