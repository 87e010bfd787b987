import CoachCore
import Foundation

/// The only way from the program's state to a screen's data: a screen asks for the context
/// it needs, and that context's type holds only what it may show. (The kiosk's context holds
/// a checklist and names, and has no path to the coach's notes.)
public struct ContextSource {
  private let library: Library
  private let followUpDigests: [UUID: FollowUpDigest]
  let env: ScreenEnvironment

  init(_ state: AppState) {
    library = state.library
    followUpDigests = state.followUpDigests
    env = ScreenEnvironment(state)
  }

  func community(_ id: UUID) -> CommunityContext? {
    library.loaded[id].map { CommunityContext(env: env, community: $0) }
  }

  /// The coach's notes on a community, with the community: for the coach's screens only.
  func coachNotes(_ id: UUID) -> CoachNotesContext? {
    library.loaded[id].map {
      CoachNotesContext(env: env, community: $0, notebook: library.notebook(id))
    }
  }

  /// Every community read and the coach's notes on them: for the coach's search only.
  func search() -> SearchContext {
    SearchContext(
      env: env, summaries: library.summaries, loaded: library.loaded,
      notebooks: library.notebooks)
  }

  /// The names and the checklist of the shared terminal, and nothing else.
  func kiosk(_ session: KioskSession) -> KioskContext? {
    library.loaded[session.communityID].map {
      KioskContext(env: env, community: $0, session: session)
    }
  }

  func allCommunities() -> LibraryContext {
    LibraryContext(
      env: env, summaries: library.summaries, loaded: library.loaded,
      followUpDigests: followUpDigests)
  }
}
