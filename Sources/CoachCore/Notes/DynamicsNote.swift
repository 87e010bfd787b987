import Foundation

/// A coach-only note on the group's dynamics: about one member, several, or (no one named)
/// the whole group. Never part of `Community`: only `CoachNotebook` holds notes, and only the
/// coach's context is given a notebook.
public struct DynamicsNote: Equatable, Identifiable, Sendable {
  public let id: UUID
  public var day: CalendarDay
  /// The members it is about; empty: the whole group.
  public var about: [UUID]
  public var tags: [NoteTag]
  public var text: String
  /// The meeting it was written in or about, if any.
  public var meetingID: UUID?

  public init(
    id: UUID = UUID(), day: CalendarDay, about: [UUID] = [], tags: [NoteTag] = [],
    text: String, meetingID: UUID? = nil
  ) {
    self.id = id
    self.day = day
    self.about = about
    self.tags = tags
    self.text = text
    self.meetingID = meetingID
  }
}
