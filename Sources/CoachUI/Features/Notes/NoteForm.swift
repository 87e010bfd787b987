import Foundation

/// What a group-dynamics note form is for. One case of `FormState.Purpose` wraps them.
public enum NoteForm: Equatable, Sendable, Codable {
  /// A new note, about these members (none: the group), linked to a meeting if written there.
  case add(community: UUID, meeting: UUID?)
  /// The live meeting's quiet note: one masked line, linked to the meeting, about the group.
  case quick(community: UUID, meeting: UUID)
  case edit(community: UUID, note: UUID)
}
