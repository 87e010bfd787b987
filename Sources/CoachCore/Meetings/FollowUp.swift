import Foundation

/// One agreement with what follows from its community on a given day: when it is due,
/// whether that day has passed, how often it went into a next meeting still open. What the
/// follow-up screen, `agreement list` and the exports show.
public struct FollowUpItem: Sendable {
  public let community: Community
  public let agreement: Agreement
  public let dueDay: CalendarDay?
  /// The number of the meeting it is due at, when it is due at the next meeting.
  public let dueMeetingNumber: Int?
  public let isOverdue: Bool
  public let timesCarriedOver: Int
  /// Its status now (see `Community.status(of:asOf:)`): partly stays partly.
  public let status: AgreementOutcome

  public init(_ agreement: Agreement, in community: Community, today: CalendarDay) {
    self.init(agreement, in: community, today: today, community.timeline)
  }

  /// With the community's meetings in order, built once for all its agreements.
  init(
    _ agreement: Agreement, in community: Community, today: CalendarDay,
    _ timeline: MeetingTimeline
  ) {
    self.community = community
    self.agreement = agreement
    dueDay = community.dueDay(agreement, timeline)
    if case .nextMeeting = agreement.due, let next = timeline.meeting(after: agreement.madeIn) {
      dueMeetingNumber = timeline.number(next.id)
    } else {
      dueMeetingNumber = nil
    }
    isOverdue = community.isOverdue(agreement, today: today, timeline)
    timesCarriedOver = community.timesCarriedOver(agreement, today: today, timeline)
    status = community.status(of: agreement)
  }

  public var ownerNames: [String] { community.memberNames(agreement.owners) }

  /// Overdue first, then by due day (unknown last), then community and number.
  public static func precedes(_ a: FollowUpItem, _ b: FollowUpItem) -> Bool {
    if a.isOverdue != b.isOverdue { return a.isOverdue }
    switch (a.dueDay, b.dueDay) {
    case (let x?, let y?) where x != y: return x < y
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    if a.community.id != b.community.id {
      return NameOrder.ascending(a.community.name, b.community.name)
    }
    return a.agreement.number < b.agreement.number
  }
}

/// What the coach checks before the next meeting: the open agreements, overdue first.
public enum FollowUp {
  /// The agreements of `communities` (only the open ones unless `includeClosed`), sorted.
  public static func items(
    in communities: [Community], today: CalendarDay, includeClosed: Bool = false
  ) -> [FollowUpItem] {
    communities.flatMap { community in
      let timeline = community.timeline
      return community.agreements.filter { includeClosed || !community.status(of: $0).closes }
        .map { FollowUpItem($0, in: community, today: today, timeline) }
    }.sorted(by: FollowUpItem.precedes)
  }

  /// The items per owner (an agreement with two owners appears under both), owners by name;
  /// within an owner the items keep their order (overdue first).
  /// Agreements whose owners were all deleted stand under `noOwner`, last, never lost.
  public static func byOwner(_ items: [FollowUpItem], noOwner: String = "—")
    -> [(owner: String, items: [FollowUpItem])]
  {
    var groups: [String: [FollowUpItem]] = [:]
    var orphans: [FollowUpItem] = []
    for item in items {
      let owners = item.ownerNames
      if owners.isEmpty { orphans.append(item) }
      for owner in owners { groups[owner, default: []].append(item) }
    }
    let named = groups.keys.sorted(by: NameOrder.ascending).map { ($0, groups[$0] ?? []) }
    return orphans.isEmpty ? named : named + [(noOwner, orphans)]
  }

  /// The items per due day (the meeting or the date), earliest first, unknown last.
  public static func byDue(_ items: [FollowUpItem]) -> [(due: CalendarDay?, items: [FollowUpItem])]
  {
    var order: [CalendarDay?] = []
    var groups: [CalendarDay?: [FollowUpItem]] = [:]
    for item in items {
      if groups[item.dueDay] == nil { order.append(item.dueDay) }
      groups[item.dueDay, default: []].append(item)
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

extension Community {
  /// The names of the members with these ids, in the given order; unknown ids are skipped.
  public func memberNames(_ ids: [UUID]) -> [String] {
    ids.compactMap { id in members.first { $0.id == id }?.name }
  }
}
