import Foundation

/// What one teacher submitted: the answers by question id; a question left open has none.
public struct ChecklistResponse: Equatable, Sendable {
  /// nil in an anonymous round: the answers cannot be traced back to a name.
  public var memberID: UUID?
  public var submitted: Date
  public var answers: [String: ChecklistAnswer]

  public init(memberID: UUID?, submitted: Date, answers: [String: ChecklistAnswer]) {
    self.memberID = memberID
    // Whole seconds: an XML property list keeps no more.
    self.submitted = Date(timeIntervalSince1970: submitted.timeIntervalSince1970.rounded(.down))
    self.answers = answers
  }
}
