import Foundation

/// A meeting (bijeenkomst) of a community. Meetings are numbered 1, 2, … in date order;
/// the number is derived (see `Community.meetingsInOrder`), never stored.
public struct Meeting: Codable, Equatable, Identifiable, Sendable {
  public let id: UUID
  public var day: CalendarDay
  public var time: TimeOfDay?
  public var place: String
  /// The community's phase when the meeting was planned.
  public var phase: Phase
  public var agenda: [AgendaItem]
  public var attendance: [UUID: Attendance]
  public var notes: String

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
  public func isHeld(by today: CalendarDay) -> Bool { day <= today }

  private enum CodingKeys: String, CodingKey {
    case id, day, time, place, phase, agenda, attendance, notes
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(UUID.self, forKey: .id)
    day = try container.decode(CalendarDay.self, forKey: .day)
    time = try container.decodeIfPresent(TimeOfDay.self, forKey: .time)
    place = try container.decodeIfPresent(String.self, forKey: .place) ?? ""
    phase = try container.decode(Phase.self, forKey: .phase)
    agenda = try container.decodeIfPresent([AgendaItem].self, forKey: .agenda) ?? []
    // Property lists key dictionaries by string: the member id's text.
    let byText =
      try container.decodeIfPresent([String: Attendance].self, forKey: .attendance) ?? [:]
    attendance = Dictionary(
      uniqueKeysWithValues: byText.compactMap { key, value in
        UUID(uuidString: key).map { ($0, value) }
      })
    notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(day, forKey: .day)
    try container.encodeIfPresent(time, forKey: .time)
    try container.encode(place, forKey: .place)
    try container.encode(phase, forKey: .phase)
    try container.encode(agenda, forKey: .agenda)
    let byText = Dictionary(uniqueKeysWithValues: attendance.map { ($0.key.uuidString, $0.value) })
    try container.encode(byText, forKey: .attendance)
    try container.encode(notes, forKey: .notes)
  }
}
