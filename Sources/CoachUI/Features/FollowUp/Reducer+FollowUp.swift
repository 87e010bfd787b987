import CoachCore
import Foundation

extension FollowUpScreen {
  mutating func perform(_ action: FollowUpAction, key: Key, _ context: LibraryContext)
    -> [ScreenCommand]
  {
    let items = items(context)
    switch action {
    case .list(let move):
      selection =
        move.apply(to: selection, count: items.count, page: context.listPageSize) ?? selection
    case .back:
      return [.pop]
    case .grouping:
      grouping = grouping == .byOwner ? .byMeeting : .byOwner
      selection = 0
    case .review:
      guard items.indices.contains(selection) else { return [] }
      let item = items[selection]
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
    return [.effect(.loadAll)]
  }
}
