import CoachCore
import Foundation

/// The coach's group-dynamics notes on one community as a timeline, or only those about one
/// member. Its context is `CoachNotesContext`: the only screen type given the notebook.
public struct NotesScreen: Equatable, Sendable {
  public var communityID: UUID
  /// Only the notes about this member; nil: all of them.
  public var memberID: UUID?
  /// nil: the newest note (the timeline opens at its end).
  public var selection: Int?

  public init(communityID: UUID, memberID: UUID? = nil) {
    self.communityID = communityID
    self.memberID = memberID
  }

  /// The notes shown, in time order (the newest last, as a timeline reads).
  func notes(_ context: CoachNotesContext) -> [DynamicsNote] { notesShown(context.notebook) }

  func notesShown(_ notebook: CoachNotebook) -> [DynamicsNote] {
    guard let memberID else { return notebook.timeline }
    return notebook.timeline(of: memberID)
  }

  /// The row selected among `count` notes.
  func selected(count: Int) -> Int { max(0, min(selection ?? count - 1, count - 1)) }
}

extension NotesScreen: ScreenFeature {
  var route: Route { .notes(self) }
  var shownCommunityID: UUID? { communityID }

  func context(_ source: ContextSource) -> CoachNotesContext? { source.coachNotes(communityID) }

  func keys(_ context: CoachNotesContext) -> KeyTable<NotesAction> {
    NotesKeys.table(self, context)
  }

  func render(_ context: CoachNotesContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    NotesView.render(self, context, &canvas)
    return nil
  }

  mutating func repair(_ context: CoachNotesContext) {
    if let selection { self.selection = max(0, min(selection, notes(context).count - 1)) }
  }
}
