import Foundation

/// A community's meetings in date order, with each one found by its id at once. The rules
/// that look up meetings for every agreement (follow-up, the meetings list, `agreement
/// list`) build it once per community instead of sorting and searching per agreement.
public struct MeetingTimeline: Sendable {
  public let ordered: [Meeting]
  private let positions: [UUID: Int]

  public init(_ meetings: [Meeting]) {
    ordered = meetings.sorted { $0.isBefore($1) }
    var positions: [UUID: Int] = [:]
    positions.reserveCapacity(ordered.count)
    for (index, meeting) in ordered.enumerated() { positions[meeting.id] = index }
    self.positions = positions
  }

  public func meeting(_ id: UUID) -> Meeting? { positions[id].map { ordered[$0] } }

  /// The meeting's number: its place in date order, from 1.
  public func number(_ id: UUID) -> Int? { positions[id].map { $0 + 1 } }

  /// The first meeting after `id` in date order.
  public func meeting(after id: UUID) -> Meeting? {
    guard let index = positions[id], index + 1 < ordered.count else { return nil }
    return ordered[index + 1]
  }

  /// Whether `a` comes before `b`, both given by id and known.
  func isBefore(_ a: UUID, _ b: UUID) -> Bool? {
    guard let x = positions[a], let y = positions[b] else { return nil }
    return x < y
  }
}

extension Community {
  public var timeline: MeetingTimeline { MeetingTimeline(meetings) }
}
