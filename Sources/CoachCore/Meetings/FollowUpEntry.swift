import Foundation

/// One agreement as the follow-up needs it, apart from its community and from the day: what
/// `FollowUpItem` turns into "overdue" and "carried over" for a given today. A community's
/// entries are its `FollowUpDigest`, which the store also keeps on disk, so that the
/// follow-up across communities never has to read every community file.
///
/// A class, immutable: an archive can hold tens of thousands of open agreements, and the
/// sorted and grouped lists of the follow-up refer to each entry instead of copying it.
public final class FollowUpEntry: Equatable, Sendable {
  public let id: UUID
  public let number: Int
  public let kind: AgreementKind
  public let text: String
  public let ownerNames: [String]
  /// The number of the meeting it was made in, if that meeting still exists.
  public let madeInNumber: Int?
  public let due: Agreement.Due
  /// Its own day, or the day of the meeting after the one it was made in (nil while that
  /// meeting is not planned).
  public let dueDay: CalendarDay?
  /// The number of the meeting it is due at, when it is due at the next meeting.
  public let dueMeetingNumber: Int?
  /// The meetings that carry it over once they are held (those after the one it was made
  /// in, from its due day on, that it left unclosed), as positions in the digest's
  /// `meetingDays`: always a run of consecutive meetings, since a meeting that carries it
  /// follows one that did.
  public let carried: Range<Int>
  /// Its status now (see `Community.status(of:asOf:)`): partly stays partly.
  public let status: AgreementOutcome

  public init(
    id: UUID, number: Int, kind: AgreementKind, text: String, ownerNames: [String],
    madeInNumber: Int?, due: Agreement.Due, dueDay: CalendarDay?, dueMeetingNumber: Int?,
    carried: Range<Int>, status: AgreementOutcome
  ) {
    self.id = id
    self.number = number
    self.kind = kind
    self.text = text
    self.ownerNames = ownerNames
    self.madeInNumber = madeInNumber
    self.due = due
    self.dueDay = dueDay
    self.dueMeetingNumber = dueMeetingNumber
    self.carried = carried
    self.status = status
  }

  public static func == (a: FollowUpEntry, b: FollowUpEntry) -> Bool {
    a === b
      || (a.id == b.id && a.number == b.number && a.kind == b.kind && a.text == b.text
        && a.ownerNames == b.ownerNames && a.madeInNumber == b.madeInNumber && a.due == b.due
        && a.dueDay == b.dueDay && a.dueMeetingNumber == b.dueMeetingNumber
        && a.carried == b.carried && a.status == b.status)
  }

  /// The agreement as its community says it now.
  convenience init(
    _ agreement: Agreement, in community: Community, _ timeline: MeetingTimeline,
    memberNames: [UUID: String]
  ) {
    var dueMeetingNumber: Int?
    if case .nextMeeting = agreement.due, let next = timeline.meeting(after: agreement.madeIn) {
      dueMeetingNumber = timeline.number(next.id)
    }
    let carrying = community.carryingMeetings(agreement, timeline)
    let first = carrying.first.flatMap { timeline.number($0.id) }.map { $0 - 1 } ?? 0
    self.init(
      id: agreement.id, number: agreement.number, kind: agreement.kind, text: agreement.text,
      ownerNames: agreement.owners.compactMap { memberNames[$0] },
      madeInNumber: timeline.number(agreement.madeIn), due: agreement.due,
      dueDay: community.dueDay(agreement, timeline), dueMeetingNumber: dueMeetingNumber,
      carried: first..<(first + carrying.count), status: community.status(of: agreement))
  }

  /// Still open after its due day (`Community.isOverdue`).
  public func isOverdue(today: CalendarDay) -> Bool {
    guard !status.closes, let dueDay else { return false }
    return dueDay < today
  }
}

/// A community's agreements as the follow-up needs them (only the open ones, unless built
/// with `includeClosed`), in the order of their numbers.
public struct FollowUpDigest: Equatable, Sendable {
  public let communityID: UUID
  public let communityName: String
  /// The days of the community's meetings, in order (`FollowUpEntry.carried` points here).
  public let meetingDays: [CalendarDay]
  public let entries: [FollowUpEntry]

  public init(
    communityID: UUID, communityName: String, meetingDays: [CalendarDay],
    entries: [FollowUpEntry]
  ) {
    self.communityID = communityID
    self.communityName = communityName
    self.meetingDays = meetingDays
    self.entries = entries
  }

  public init(_ community: Community, includeClosed: Bool = false) {
    let timeline = community.timeline
    var names: [UUID: String] = [:]
    for member in community.members { names[member.id] = member.name }
    communityID = community.id
    communityName = community.name
    meetingDays = timeline.ordered.map(\.day)
    entries = community.agreements
      .filter { includeClosed || !community.status(of: $0).closes }
      .map { FollowUpEntry($0, in: community, timeline, memberNames: names) }
  }

  /// How often `entry` went into a next meeting still open, up to `today`
  /// (`Community.timesCarriedOver(_:today:)`).
  public func timesCarriedOver(_ entry: FollowUpEntry, today: CalendarDay) -> Int {
    let carried = entry.carried.clamped(to: meetingDays.indices)
    return meetingDays[carried].reduce(0) {
      $0 + (Meeting.isHeld(day: $1, by: today) ? 1 : 0)
    }
  }
}
