import Foundation

/// What a quick-capture form of the live meeting is for. One case of `FormState.Purpose`
/// wraps them, so the live meeting's forms stay together in their own files.
public enum LiveForm: Equatable, Sendable, Codable {
  case note(community: UUID, meeting: UUID, item: UUID)
  case decision(community: UUID, meeting: UUID, item: UUID)
  /// `item`: the agenda item it is made under; optional, so drafts of before it still read.
  case agreement(community: UUID, meeting: UUID, item: UUID?)
  /// What became of one of `agreements` (the review list, in the order shown).
  case review(community: UUID, meeting: UUID, agreements: [UUID])
}
