import Foundation

/// A meeting (bijeenkomst) of a community. Meetings are numbered 1, 2, … in date order;
/// the number is derived (see `Community.meetingsInOrder`), never stored.
public struct Meeting: Equatable, Identifiable, Sendable {
  public let id: UUID
  public var day: CalendarDay
  public var time: TimeOfDay?
  public var place: String
  /// The community's phase when the meeting was planned.
  public var phase: Phase
  public var agenda: [AgendaItem]
  public var attendance: [UUID: Attendance]
  public var notes: String
  /// Who chairs, keeps time and takes the minutes, rotated among the members.
  public var roles: [MeetingRole: UUID] = [:]

  public init(
    id: UUID = UUID(), day: CalendarDay, time: TimeOfDay? = nil, place: String = "",
    phase: Phase, agenda: [AgendaItem] = [], attendance: [UUID: Attendance] = [:],
    notes: String = ""
  ) {
    self.id = id
    self.day = day
    self.time = time
    self.place = place
    self.phase = phase
    self.agenda = agenda
    self.attendance = attendance
    self.notes = notes
  }

  /// Order of meetings: by day, then time (a meeting without a time comes first that day).
  public func isBefore(_ other: Meeting) -> Bool {
    if day != other.day { return day < other.day }
    switch (time, other.time) {
    case (nil, nil): return id.uuidString < other.id.uuidString
    case (nil, _): return true
    case (_, nil): return false
    case (let a?, let b?): return a == b ? id.uuidString < other.id.uuidString : a < b
    }
  }

  /// Whether the meeting has happened by `today` (a meeting today counts as held).
  public func isHeld(by today: CalendarDay) -> Bool { Self.isHeld(day: day, by: today) }

  /// Whether a meeting on `day` has been held by `today` (the follow-up's digest keeps only
  /// the days).
  public static func isHeld(day: CalendarDay, by today: CalendarDay) -> Bool { day <= today }

  /// Not run yet: its day is today or later and nothing of it is recorded (no agenda item
  /// started, no attendance). Its export is its agenda, to send round; minutes would be
  /// all “—”.
  public func isStillToCome(today: CalendarDay) -> Bool {
    day >= today && !agenda.contains { $0.startedAt != nil } && attendance.isEmpty
  }
}
