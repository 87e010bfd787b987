import Foundation

/// What the home screen and `community list` show of a community, kept in the store's
/// index so that start-up does not decode every community file.
public struct CommunitySummary: Codable, Equatable, Identifiable, Sendable {
  /// When a meeting takes place: enough to say which one comes next.
  public struct MeetingDate: Codable, Equatable, Sendable {
    public var day: CalendarDay
    public var time: TimeOfDay?
    /// The live meeting started an agenda item: it was run, whatever day it was planned on.
    public var hasStarted: Bool

    public init(day: CalendarDay, time: TimeOfDay? = nil, hasStarted: Bool = false) {
      self.day = day
      self.time = time
      self.hasStarted = hasStarted
    }

    private enum CodingKeys: String, CodingKey {
      case day, time, hasStarted
    }

    // Indexes written before meetings could be run early lack `hasStarted`.
    public init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      day = try container.decode(CalendarDay.self, forKey: .day)
      time = try container.decodeIfPresent(TimeOfDay.self, forKey: .time)
      hasStarted = try container.decodeIfPresent(Bool.self, forKey: .hasStarted) ?? false
    }
  }

  public let id: UUID
  public var name: String
  public var subject: String
  public var phase: Phase
  public var phaseSince: CalendarDay?
  public var memberCount: Int
  public var schoolCount: Int
  /// Every meeting's date, in order (the next one depends on the day the home screen shows).
  public var meetingDates: [MeetingDate]
  /// The due days of the open agreements that have one.
  public var openAgreementDueDays: [CalendarDay]
  /// Open agreements due at a meeting that is not planned yet.
  public var openAgreementsWithoutDay: Int

  public init(_ community: Community) {
    id = community.id
    name = community.name
    subject = community.subject
    phase = community.phase
    phaseSince = community.phaseSince
    memberCount = community.activeMembers.count
    schoolCount = community.allSchools.count
    meetingDates = community.meetingsInOrder.map {
      MeetingDate(day: $0.day, time: $0.time, hasStarted: $0.hasStarted)
    }
    let open = community.agreements.filter { !$0.isClosed }.map(community.dueDay)
    openAgreementDueDays = open.compactMap { $0 }
    openAgreementsWithoutDay = open.count - openAgreementDueDays.count
  }

  /// The first meeting on or after `today` that was not run yet: a meeting run early (an
  /// agenda item started) is never the next one, whatever day it was planned on.
  public func nextMeeting(today: CalendarDay) -> MeetingDate? {
    meetingDates.first { $0.day >= today && !$0.hasStarted }
  }

  public var openAgreements: Int { openAgreementDueDays.count + openAgreementsWithoutDay }

  public func overdueAgreements(today: CalendarDay) -> Int {
    openAgreementDueDays.filter { $0 < today }.count
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, subject, phase, phaseSince, memberCount, schoolCount, meetingDates
    case openAgreementDueDays, openAgreementsWithoutDay
  }

  // Indexes written before meetings existed lack the last two fields.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(UUID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    subject = try container.decode(String.self, forKey: .subject)
    phase = try container.decode(Phase.self, forKey: .phase)
    phaseSince = try container.decodeIfPresent(CalendarDay.self, forKey: .phaseSince)
    memberCount = try container.decode(Int.self, forKey: .memberCount)
    schoolCount = try container.decode(Int.self, forKey: .schoolCount)
    meetingDates = try container.decodeIfPresent([MeetingDate].self, forKey: .meetingDates) ?? []
    openAgreementDueDays =
      try container.decodeIfPresent([CalendarDay].self, forKey: .openAgreementDueDays) ?? []
    openAgreementsWithoutDay =
      try container.decodeIfPresent(Int.self, forKey: .openAgreementsWithoutDay) ?? 0
  }
}
