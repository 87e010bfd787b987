import CoachCore

extension FollowUpScreen {
  /// The open agreements the screen shows, in its order.
  func openAgreements(_ context: LibraryContext) -> [FollowUpItem] {
    let communities =
      communityID.map { id in context.loaded[id].map { [$0] } ?? [] }
      ?? context.summaries.compactMap { context.loaded[$0.id] }
    return FollowUp.items(in: communities, today: context.today)
  }

  /// The rows of the screen: a heading per group, then its items.
  func rows(_ context: LibraryContext) -> [FollowUpRow] {
    let items = openAgreements(context)
    let f = context.strings.followUp
    var rows: [FollowUpRow] = []
    switch grouping {
    case .byOwner:
      for group in FollowUp.byOwner(items) {
        rows.append(.heading(group.owner))
        rows += group.items.map { FollowUpRow.item($0) }
      }
    case .byMeeting:
      for group in FollowUp.byDue(items) {
        let heading: String
        if let day = group.due {
          let number = group.items.first?.dueMeetingNumber
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
    return rows
  }

  /// The selected item's index, always a row that exists (the list component's rule);
  /// nil when nothing is open.
  func selectedIndex(_ context: LibraryContext) -> Int? {
    ListSelection.valid(selection, count: items(context).count)
  }

  /// The rows that can be selected (an agreement with two owners is two of them when
  /// grouped per person).
  func items(_ context: LibraryContext) -> [FollowUpItem] {
    rows(context).compactMap { row in
      if case .item(let item) = row { return item }
      return nil
    }
  }
}

/// A line of the follow-up screen.
enum FollowUpRow {
  case heading(String)
  case item(FollowUpItem)
}
