import CoachCore
import Foundation

extension FollowUpScreen {
  /// The digests the screen lists, in the library's order, and how many communities are
  /// not read yet (their digests are on their way).
  func digests(_ context: LibraryContext) -> (digests: [FollowUpDigest], missing: Int) {
    var digests: [FollowUpDigest] = []
    digests.reserveCapacity(listed(context).count)
    var missing = 0
    for id in listed(context) {
      if let community = context.loaded[id] {
        digests.append(memo.digest(of: community))
      } else if let digest = context.followUpDigests[id] {
        digests.append(digest)
      } else {
        missing += 1
      }
    }
    return (digests, missing)
  }

  /// The communities whose open agreements are neither read in full nor in a digest yet.
  func unread(_ context: LibraryContext) -> [UUID] {
    listed(context).filter { context.loaded[$0] == nil && context.followUpDigests[$0] == nil }
  }

  private func listed(_ context: LibraryContext) -> [UUID] {
    communityID.map { [$0] } ?? context.summaries.map(\.id)
  }

  /// The screen's lines: computed when what they come from changed, else remembered.
  func list(_ context: LibraryContext) -> FollowUpList {
    let key = FollowUpMemo.Key(
      digests: digests(context).digests, today: context.today, grouping: grouping,
      language: context.language)
    return memo.list(for: key) { FollowUpList(key, context) }
  }

  /// The selected item's index, always a row that exists (the list component's rule);
  /// nil when nothing is open.
  func selectedIndex(_ context: LibraryContext) -> Int? {
    ListSelection.valid(selection, count: list(context).itemRows.count)
  }
}

/// The follow-up screen's lines: a heading per group, then its items.
struct FollowUpList: Sendable {
  /// The open agreements, sorted (overdue first).
  let items: [FollowUpItem]
  let rows: [FollowUpRow]
  /// The row of each item that can be selected, in order (an agreement with two owners is
  /// two of them when grouped per person).
  let itemRows: [Int]

  init(_ key: FollowUpMemo.Key, _ context: LibraryContext) {
    let items = FollowUp.items(in: key.digests, today: key.today)
    let f = context.strings.followUp
    var rows: [FollowUpRow] = []
    switch key.grouping {
    case .byOwner:
      for group in FollowUp.byOwner(items) {
        rows.append(.heading(group.owner))
        rows += group.items.map { FollowUpRow.item($0) }
      }
    case .byMeeting:
      for group in FollowUp.byDue(items) {
        let heading: String
        if let day = group.due {
          let number = group.items.first.flatMap { items[$0].dueMeetingNumber }
          heading =
            number.map { f.dueMeeting($0, context.dates.day(day)) }
            ?? f.dueDay(context.dates.day(day))
        } else {
          heading = f.notPlanned
        }
        rows.append(.heading(heading))
        rows += group.items.map { FollowUpRow.item($0) }
      }
    }
    self.items = items
    self.rows = rows
    itemRows = rows.indices.filter { if case .item = rows[$0] { true } else { false } }
  }

  /// The `index`th item that can be selected.
  func item(_ index: Int) -> FollowUpItem? {
    guard itemRows.indices.contains(index), case .item(let position) = rows[itemRows[index]]
    else { return nil }
    return items[position]
  }
}

/// A line of the follow-up screen: a heading, or an item by its place in the sorted list.
enum FollowUpRow: Sendable {
  case heading(String)
  case item(Int)
}
