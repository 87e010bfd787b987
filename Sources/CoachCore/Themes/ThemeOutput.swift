import Foundation

/// What the teachers on a theme made (a lesson series, a test, a rubric), when, and when it
/// was tried in class: the material phase 5 is about.
public struct ThemeOutput: Equatable, Identifiable, Sendable {
  public let id: UUID
  public var title: String
  public var madeOn: CalendarDay
  /// The day it was first tried in class; nil: not yet.
  public var triedInClassOn: CalendarDay?
  public var note: String

  public init(
    id: UUID = UUID(), title: String, madeOn: CalendarDay, triedInClassOn: CalendarDay? = nil,
    note: String = ""
  ) {
    self.id = id
    self.title = title
    self.madeOn = madeOn
    self.triedInClassOn = triedInClassOn
    self.note = note
  }
}
