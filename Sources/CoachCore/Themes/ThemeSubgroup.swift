import Foundation

/// Part of a theme's teachers working on their own (a larger starting group of one
/// curriculum splits so each group stays at 4–6); the subgroups meet at exchange moments.
public struct ThemeSubgroup: Equatable, Identifiable, Sendable {
  public let id: UUID
  public var name: String
  public var members: [UUID]

  public init(id: UUID = UUID(), name: String, members: [UUID] = []) {
    self.id = id
    self.name = name
    self.members = members
  }
}
