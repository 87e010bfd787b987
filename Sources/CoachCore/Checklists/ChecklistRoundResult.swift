/// The results of one round: per question, and who of the teachers has not answered.
public struct ChecklistRoundResult: Equatable, Sendable {
  public let round: ChecklistRound
  public let items: [ChecklistItemResult]
  /// The teachers taking part who did not answer; nil in an anonymous round (nobody knows).
  public let notAnswered: [Member]?

  public var responseCount: Int { round.responses.count }
}
