import Foundation

/// What the home screen and `community list` show of a community, kept in the store's
/// index so that start-up does not decode every community file.
public struct CommunitySummary: Codable, Equatable, Identifiable, Sendable {
  public let id: UUID
  public var name: String
  public var subject: String
  public var phase: Phase
  public var phaseSince: CalendarDay?
  public var memberCount: Int
  public var schoolCount: Int

  public init(_ community: Community) {
    id = community.id
    name = community.name
    subject = community.subject
    phase = community.phase
    phaseSince = community.phaseSince
    memberCount = community.activeMembers.count
    schoolCount = community.allSchools.count
  }
}
