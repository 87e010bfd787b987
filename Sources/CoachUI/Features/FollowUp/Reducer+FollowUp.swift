import CoachCore
import Foundation

extension FollowUpScreen {
  mutating func perform(_ action: FollowUpAction, key: Key, _ context: LibraryContext)
    -> [ScreenCommand]
  {
    let items = items(context)
    let current = selectedIndex(context)
    switch action {
    case .list(let move):
      selection =
        move.apply(to: current ?? 0, count: items.count, page: context.listPageSize) ?? 0
    case .back:
      return [.pop]
    case .grouping:
      grouping = grouping == .byOwner ? .byMeeting : .byOwner
      selection = 0
    case .review:
      guard let current else { return [.flash(context.strings.followUp.nothingOpen)] }
      selection = current
      let item = items[current]
      return [
        .present(
          .form(
            Forms.reviewAgreement(
              item.agreement, community: item.community.id, meeting: nil, context.language)))
      ]
    }
    return []
  }

  /// `f` on the home screen: the follow-up across communities needs every community read.
  static func openAll(_ context: LibraryContext) -> [ScreenCommand] {
    if context.isEverythingLoaded { return [.push(.followUp(FollowUpScreen(communityID: nil)))] }
    return [.effect(.loadAll(then: .followUp))]
  }
}
