import CoachCore
import Foundation

extension FollowUpScreen {
  mutating func perform(_ action: FollowUpAction, key: Key, _ context: LibraryContext)
    -> [ScreenCommand]
  {
    let list = list(context)
    let current = selectedIndex(context)
    switch action {
    case .list(let move):
      selection =
        move.apply(to: current ?? 0, count: list.itemRows.count, page: context.listPageSize)
        ?? 0
    case .back:
      return [.pop]
    case .grouping:
      grouping = grouping == .byOwner ? .byMeeting : .byOwner
      selection = 0
    case .review:
      guard let current, let item = list.item(current) else {
        return [.flash(context.strings.followUp.nothingOpen)]
      }
      selection = current
      // A community known only by its digest is read first; the form opens once it is.
      guard let community = context.loaded[item.communityID],
        let agreement = community.agreements.first(where: { $0.id == item.entry.id })
      else { return [.effect(.load(item.communityID, then: .review(agreement: item.entry.id)))] }
      return [
        .present(
          .form(
            Forms.reviewAgreement(
              agreement, community: community.id, meeting: nil, context.language)))
      ]
    }
    return []
  }

  /// `f` on the home screen: the follow-up across communities opens at once; the open
  /// agreements of the communities not read yet come in while it shows.
  static func openAll(_ context: LibraryContext) -> [ScreenCommand] {
    let screen = FollowUpScreen(communityID: nil)
    let unread = screen.unread(context)
    let push = ScreenCommand.push(.followUp(screen))
    return unread.isEmpty ? [push] : [push, .effect(.readFollowUp(unread))]
  }
}
