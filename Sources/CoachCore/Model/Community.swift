import Foundation

/// A vakdidactische leergemeenschap: teachers of several schools with one curriculum.
public struct Community: Equatable, Identifiable, Sendable {
  public let id: UUID
  public var name: String
  /// The subject or curriculum the members share ("Handel", "Geschiedenis 2de graad").
  public var subject: String
  public var schools: [String]
  /// Never empty; the last entry is the current phase.
  public private(set) var phaseHistory: [PhaseChange]
  public var members: [Member]
  public var meetings: [Meeting] = []
  /// Homework agreements of all meetings; each exists once (see `Agreement`).
  public var agreements: [Agreement] = []
  /// What the teachers work on (phase 3 on).
  public var themes: [WorkTheme] = []
  /// The member who coaches the group from within once the external coach steps back
  /// (phase 5); set through `setInternalCoach`.
  public internal(set) var internalCoach: UUID?
  /// The coach's ticks on the phase checklists, by item id (`PlaybookItem.id`); set through
  /// `setTick`. Ids this version does not know are kept.
  public internal(set) var checklistTicks: [String: ChecklistTick] = [:]
  /// The teachers' answers to checklists, round by round; added through `submitChecklist`.
  public internal(set) var checklistRounds: [ChecklistRound] = []
  public let created: Date

  public init(
    id: UUID = UUID(), name: String, subject: String = "", schools: [String] = [],
    phase: Phase = .engageSchoolLeaders, since day: CalendarDay, members: [Member] = [],
    created: Date
  ) {
    self.id = id
    self.name = name
    self.subject = subject
    self.schools = schools
    self.phaseHistory = [PhaseChange(phase: phase, day: day)]
    self.members = members
    // Whole seconds: an XML property list keeps no more, and a community must equal itself
    // after a save and a load.
    self.created = Date(timeIntervalSince1970: created.timeIntervalSince1970.rounded(.down))
  }

  public var phase: Phase { phaseHistory.last?.phase ?? .engageSchoolLeaders }

  /// The day the current phase began.
  public var phaseSince: CalendarDay? { phaseHistory.last?.day }

  public var activeMembers: [Member] { members.filter(\.isActive) }

  /// The schools named on the community plus those of its members, without repeats.
  public var allSchools: [String] {
    var seen = Set<String>()
    var result: [String] = []
    for school in schools + members.map(\.school) where !school.isEmpty {
      if seen.insert(school.lowercased()).inserted { result.append(school) }
    }
    return result
  }

  /// The most recent day on which the community entered `phase`, if it ever did.
  public func entered(_ phase: Phase) -> CalendarDay? {
    phaseHistory.last(where: { $0.phase == phase })?.day
  }

  /// Moves the community to `phase` from `day` on. A move is a new history entry, so going
  /// back to an earlier phase is recorded too, never erased.
  public mutating func move(to phase: Phase, on day: CalendarDay, note: String = "") throws {
    guard phase != self.phase else { throw CoachError.alreadyInPhase(phase) }
    if let last = phaseHistory.last, day < last.day {
      throw CoachError.phaseDateBeforePrevious(day: day, previous: last.day)
    }
    phaseHistory.append(PhaseChange(phase: phase, day: day, note: TextCleaning.multiline(note)))
  }

  public func member(withID id: UUID) -> Member? { members.first(where: { $0.id == id }) }

  /// A community as the store read it: everything given, nothing cleaned again.
  init(
    restoring id: UUID, name: String, subject: String, schools: [String],
    phaseHistory: [PhaseChange], members: [Member], meetings: [Meeting],
    agreements: [Agreement], themes: [WorkTheme] = [], internalCoach: UUID? = nil,
    checklistTicks: [String: ChecklistTick] = [:], checklistRounds: [ChecklistRound] = [],
    created: Date
  ) {
    self.id = id
    self.name = name
    self.subject = subject
    self.schools = schools
    self.phaseHistory = phaseHistory
    self.members = members
    self.meetings = meetings
    self.agreements = agreements
    self.themes = themes
    self.internalCoach = internalCoach
    self.checklistTicks = checklistTicks
    self.checklistRounds = checklistRounds
    self.created = Date(timeIntervalSince1970: created.timeIntervalSince1970.rounded(.down))
  }
}
