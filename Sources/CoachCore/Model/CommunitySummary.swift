import Foundation

/// What the home screen and `community list` show of a community, kept in the store's
/// index so that start-up does not decode every community file.
public struct CommunitySummary: Equatable, Identifiable, Sendable {
  /// When a meeting takes place: enough to say which one comes next.
  public struct MeetingDate: Equatable, Sendable {
    public var day: CalendarDay
    public var time: TimeOfDay?
    /// The live meeting started an agenda item: it was run, whatever day it was planned on.
    public var hasStarted: Bool

    public init(day: CalendarDay, time: TimeOfDay? = nil, hasStarted: Bool = false) {
      self.day = day
      self.time = time
      self.hasStarted = hasStarted
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
  /// The due days of the open agreements that have one, earliest first.
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
    let timeline = community.timeline
    meetingDates = timeline.ordered.map {
      MeetingDate(day: $0.day, time: $0.time, hasStarted: $0.hasStarted)
    }
    let open = community.agreements.filter { !$0.isClosed }.map {
      community.dueDay($0, timeline)
    }
    openAgreementDueDays = open.compactMap { $0 }.sorted()
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

  /// An entry of the index as read back, before its counts are filled in.
  init(id: UUID, name: String, subject: String, phase: Phase) {
    self.id = id
    self.name = name
    self.subject = subject
    self.phase = phase
    phaseSince = nil
    memberCount = 0
    schoolCount = 0
    meetingDates = []
    openAgreementDueDays = []
    openAgreementsWithoutDay = 0
  }
}
