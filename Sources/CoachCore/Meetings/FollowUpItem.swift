import Foundation

/// One agreement with what follows from its community on a given day: when it is due,
/// whether that day has passed, how often it went into a next meeting still open. What the
/// follow-up screen, `agreement list` and the exports show.
public struct FollowUpItem: Sendable {
  public let communityID: UUID
  public let communityName: String
  public let entry: FollowUpEntry
  public let isOverdue: Bool
  public let timesCarriedOver: Int
  /// The community's place by name among those listed, to sort without comparing names.
  let communityRank: Int

  public init(_ entry: FollowUpEntry, of digest: FollowUpDigest, today: CalendarDay) {
    self.init(entry, of: digest, rank: 0, today: today)
  }

  init(_ entry: FollowUpEntry, of digest: FollowUpDigest, rank: Int, today: CalendarDay) {
    communityID = digest.communityID
    communityName = digest.communityName
    self.entry = entry
    isOverdue = entry.isOverdue(today: today)
    timesCarriedOver = digest.timesCarriedOver(entry, today: today)
    communityRank = rank
  }

  public var number: Int { entry.number }
  public var dueDay: CalendarDay? { entry.dueDay }
  public var dueMeetingNumber: Int? { entry.dueMeetingNumber }
  public var status: AgreementOutcome { entry.status }
  public var ownerNames: [String] { entry.ownerNames }

  /// Overdue first, then by due day (unknown last), then community (by name) and number.
  static func precedes(_ a: FollowUpItem, _ b: FollowUpItem) -> Bool {
    if a.isOverdue != b.isOverdue { return a.isOverdue }
    switch (a.entry.dueDay, b.entry.dueDay) {
    case (let x?, let y?) where x != y: return x < y
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    if a.communityRank != b.communityRank { return a.communityRank < b.communityRank }
    return a.entry.number < b.entry.number
  }
}
