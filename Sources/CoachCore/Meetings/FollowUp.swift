import Foundation

/// What the coach checks before the next meeting: the open agreements, overdue first.
public enum FollowUp {
  /// The agreements of `communities` (only the open ones unless `includeClosed`), sorted.
  public static func items(
    in communities: [Community], today: CalendarDay, includeClosed: Bool = false
  ) -> [FollowUpItem] {
    items(in: communities.map { FollowUpDigest($0, includeClosed: includeClosed) }, today: today)
  }

  /// The entries of `digests`, sorted: overdue first, then by due day, community, number.
  public static func items(in digests: [FollowUpDigest], today: CalendarDay) -> [FollowUpItem] {
    let byName = digests.map { ($0.communityID, $0.communityName) }
      .sorted { NameOrder.ascending($0.1, $1.1) }
    var rank: [UUID: Int] = [:]
    for (index, community) in byName.enumerated() { rank[community.0] = index }
    var items: [FollowUpItem] = []
    items.reserveCapacity(digests.reduce(0) { $0 + $1.entries.count })
    for digest in digests {
      let place = rank[digest.communityID] ?? 0
      for entry in digest.entries {
        items.append(FollowUpItem(entry, of: digest, rank: place, today: today))
      }
    }
    return items.sorted(by: FollowUpItem.precedes)
  }

  /// The items per owner (an agreement with two owners appears under both), owners by name,
  /// as positions in `items`; within an owner the items keep their order (overdue first).
  /// Agreements whose owners were all deleted stand under `noOwner`, last, never lost.
  public static func byOwner(_ items: [FollowUpItem], noOwner: String = "—")
    -> [(owner: String, items: [Int])]
  {
    var groups: [String: [Int]] = [:]
    var orphans: [Int] = []
    for (index, item) in items.enumerated() {
      let owners = item.ownerNames
      if owners.isEmpty { orphans.append(index) }
      for owner in owners { groups[owner, default: []].append(index) }
    }
    let named = groups.keys.sorted(by: NameOrder.ascending).map { ($0, groups[$0] ?? []) }
    return orphans.isEmpty ? named : named + [(noOwner, orphans)]
  }

  /// The items per due day (the meeting or the date), earliest first, unknown last, as
  /// positions in `items`.
  public static func byDue(_ items: [FollowUpItem]) -> [(due: CalendarDay?, items: [Int])] {
    var order: [CalendarDay?] = []
    var groups: [CalendarDay?: [Int]] = [:]
    for (index, item) in items.enumerated() {
      if groups[item.dueDay] == nil { order.append(item.dueDay) }
      groups[item.dueDay, default: []].append(index)
    }
    let sorted = order.sorted { a, b in
      switch (a, b) {
      case (let x?, let y?): return x < y
      case (.some, nil): return true
      default: return false
      }
    }
    return sorted.map { ($0, groups[$0] ?? []) }
  }
}
