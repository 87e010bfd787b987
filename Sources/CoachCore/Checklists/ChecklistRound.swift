import Foundation

/// One filling-in of a checklist by the group: on one day, for a meeting or none. It keeps the
/// template as it was answered, so a later edit of the template leaves these answers readable.
public struct ChecklistRound: Equatable, Identifiable, Sendable {
  public let id: UUID
  public let template: ChecklistTemplate
  public let meetingID: UUID?
  public let day: CalendarDay
  /// Answers are kept without names, and nobody is recorded as having answered.
  public let anonymous: Bool
  public internal(set) var responses: [ChecklistResponse]

  public init(
    id: UUID = UUID(), template: ChecklistTemplate, meetingID: UUID?, day: CalendarDay,
    anonymous: Bool, responses: [ChecklistResponse] = []
  ) {
    self.id = id
    self.template = template
    self.meetingID = meetingID
    self.day = day
    self.anonymous = anonymous
    self.responses = responses
  }

  /// The members who answered (none in an anonymous round).
  public var respondents: Set<UUID> { Set(responses.compactMap(\.memberID)) }

  /// Whether a new answer for `template` on `day` for `meetingID` belongs to this round.
  func takes(_ template: ChecklistTemplate, meetingID: UUID?, day: CalendarDay, anonymous: Bool)
    -> Bool
  {
    self.template.id == template.id && self.template.version == template.version
      && self.meetingID == meetingID && self.day == day && self.anonymous == anonymous
  }
}
