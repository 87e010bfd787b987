import CoachCore
import Foundation

/// What lies over the screen and takes the keys first.
public enum Overlay: Equatable, Sendable {
  case help
  case form(FormState)
  case confirm(Confirmation)
  /// A message that any key closes (e.g. what opening the store repaired).
  case message(title: String, lines: [String])
  /// The live meeting was ended: its next steps (the minutes, the next meeting).
  case meetingEnded(community: UUID, meeting: UUID)
  /// The community's file was changed outside vlgcoach while it was changed here.
  case outsideChange(community: UUID)
  /// What the community can be exported as (the community screen's `x`).
  case exportMenu(ExportMenu)
}

/// A yes/no question and what “yes” does.
public struct Confirmation: Equatable, Sendable {
  public enum Action: Equatable, Sendable {
    case deleteCommunity(UUID)
    case deleteMember(community: UUID, member: UUID)
    case deleteMeeting(community: UUID, meeting: UUID)
    case deleteAgendaItem(community: UUID, meeting: UUID, item: UUID)
    case deleteAgreement(community: UUID, agreement: UUID)
    /// Close the form below without saving.
    case discardForm
    case quitWithUnsavedChanges
    /// A meeting planned for another day is run now: it moves to today and starts.
    case runToday(community: UUID, meeting: UUID)
    /// Write the export again, replacing the file that is there.
    case replaceExport(Effect)
    /// Take question or step `number` out of the coach's own checklist or protocol `id`.
    case removeFromPlaybook(id: String, checklist: Bool, number: Int)
  }

  public var question: String
  public var action: Action

  public init(question: String, action: Action) {
    self.question = question
    self.action = action
  }
}
