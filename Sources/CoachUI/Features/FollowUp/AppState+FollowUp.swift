import CoachCore

extension AppState {
  /// The open agreements the follow-up screen shows, in its order.
  public func followUpItems(_ screen: FollowUpScreen) -> [FollowUpItem] {
    let communities =
      screen.communityID.map { id in library.loaded[id].map { [$0] } ?? [] }
      ?? library.summaries.compactMap { library.loaded[$0.id] }
    return FollowUp.items(in: communities, today: today)
  }

  /// The rows of the follow-up screen: a heading per group, then its items.
  func followUpRows(_ screen: FollowUpScreen) -> [FollowUpRow] {
    let items = followUpItems(screen)
    let f = strings.followUp
    var rows: [FollowUpRow] = []
    switch screen.grouping {
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
          heading = number.map { f.dueMeeting($0, dates.day(day)) } ?? f.dueDay(dates.day(day))
        } else {
          heading = f.notPlanned
        }
        rows.append(.heading(heading))
        rows += group.items.map { FollowUpRow.item($0) }
      }
    }
    return rows
  }
}

/// A line of the follow-up screen.
enum FollowUpRow {
  case heading(String)
  case item(FollowUpItem)
}
