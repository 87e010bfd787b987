import Foundation

/// A person in a learning community.
public struct Member: Equatable, Identifiable, Sendable {
  public let id: UUID
  public var name: String
  public var school: String
  public var role: MemberRole
  public var participation: Participation
  /// Since when `participation` holds; nil for a member active from the start.
  public var participationSince: CalendarDay?
  /// Why the member stopped or takes part differently, in the coach's words.
  public var participationReason: String
  /// The day the member stated their commitment (phase 2), if recorded.
  public var committedOn: CalendarDay?
  /// The day the member joined the community: they are on the attendance list of meetings
  /// from then on. Nil when not known (members recorded before this was kept): on every list.
  public var joinedOn: CalendarDay?

  public init(
    id: UUID = UUID(), name: String, school: String = "", role: MemberRole = .teacher,
    participation: Participation = .active, participationSince: CalendarDay? = nil,
    participationReason: String = "", committedOn: CalendarDay? = nil,
    joinedOn: CalendarDay? = nil
  ) {
    self.id = id
    self.name = name
    self.school = school
    self.role = role
    self.participation = participation
    self.participationSince = participationSince
    self.participationReason = participationReason
    self.committedOn = committedOn
    self.joinedOn = joinedOn
  }

  public var isActive: Bool { participation != .stopped }
}

extension Member {
  /// Two names of one member: case does not matter.
  public static func sameName(_ first: String, _ second: String) -> Bool {
    first.caseInsensitiveCompare(second) == .orderedSame
  }
}
