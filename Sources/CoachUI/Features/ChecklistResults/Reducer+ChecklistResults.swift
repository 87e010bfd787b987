import CoachCore
import Foundation

extension ChecklistResultsScreen {
  mutating func perform(
    _ action: ChecklistResultsAction, key: Key, _ context: CommunityContext
  ) -> [ScreenCommand] {
    let rounds = Self.rounds(context.community)
    switch action {
    case .back:
      guard openRoundID != nil else { return [.pop] }
      openRoundID = nil
      scroll = 0
    case .open:
      guard rounds.indices.contains(selection) else { return [] }
      openRoundID = rounds[selection].id
      scroll = 0
    case .list(let move):
      if let round = openRound(context.community) {
        // The round's lines scroll; the last screenful is as far as it goes.
        let lines = ChecklistResultsLines.round(round, context, width: context.env.width)
        let visible = ChecklistResultsView.roundCapacity(height: context.env.height)
        let last = max(0, lines.count - visible)
        scroll = move.apply(to: scroll, count: last + 1, page: visible) ?? 0
      } else {
        selection =
          move.apply(to: selection, count: rounds.count, page: context.listPageSize) ?? selection
      }
    }
    return []
  }
}
