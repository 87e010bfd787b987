import Foundation

/// One point on a meeting's agenda.
public struct AgendaItem: Equatable, Identifiable, Sendable {
  /// What the item is for: the review item collects the open agreements of earlier
  /// meetings, the agreements item the new ones.
  public enum Role: String, Sendable {
    case regular
    case agreementReview
    case newAgreements
  }

  public let id: UUID
  public var title: String
  public var plannedMinutes: Int
  public var presenter: String
  public var role: Role
  public var notes: String
  public var decisions: [String]
  /// When the live meeting reached and left this item (the timer's facts).
  public var startedAt: Date?
  public var endedAt: Date?
  /// The discussion protocol the item runs (`DiscussionProtocol.id`), if any.
  public var protocolID: String?

  public init(
    id: UUID = UUID(), title: String, plannedMinutes: Int, presenter: String = "",
    role: Role = .regular, notes: String = "", decisions: [String] = [],
    startedAt: Date? = nil, endedAt: Date? = nil, protocolID: String? = nil
  ) {
    self.id = id
    self.title = title
    self.plannedMinutes = plannedMinutes
    self.presenter = presenter
    self.role = role
    self.notes = notes
    self.decisions = decisions
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.protocolID = protocolID
  }

  /// The protocol the item runs, when this version knows it.
  public var discussionProtocol: DiscussionProtocol? { discussionProtocol(among: []) }

  /// The protocol the item runs among the builtins and the coach's own (`CoachPlaybook`).
  public func discussionProtocol(among own: [DiscussionProtocol]) -> DiscussionProtocol? {
    protocolID.flatMap { id in (DiscussionProtocol.builtin + own).first { $0.id == id } }
  }

  /// Whole minutes spent, while running (`now`) or after it ended.
  public func minutesSpent(now: Date) -> Int? {
    guard let startedAt else { return nil }
    let end = endedAt ?? now
    return max(0, Int(end.timeIntervalSince(startedAt) / 60))
  }
}
