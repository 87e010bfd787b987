import CoachCore
import Foundation

/// The coach's private view of one community: the community and the group-dynamics notes on
/// it. Only `ContextSource.coachNotes` builds one, and only the coach's own screens (the
/// notes timeline, the note form) ask for it; `CommunityContext` and `LibraryContext` have
/// no notebook, so a screen or an export built from them cannot show a note.
public struct CoachNotesContext: ScreenContext {
  public let env: ScreenEnvironment
  public let community: Community
  public let notebook: CoachNotebook
}
