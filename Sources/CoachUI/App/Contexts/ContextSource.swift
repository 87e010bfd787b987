import CoachCore
import Foundation

/// The only way from the program's state to a screen's data: a screen asks for the context
/// it needs, and that context's type holds only what it may show. (A kiosk's context will
/// hold a checklist and names, and have no path to the coach's notes.)
public struct ContextSource {
  private let library: Library
  let env: ScreenEnvironment

  init(_ state: AppState) {
    library = state.library
    env = ScreenEnvironment(state)
  }

  func community(_ id: UUID) -> CommunityContext? {
    library.loaded[id].map { CommunityContext(env: env, community: $0) }
  }

  func allCommunities() -> LibraryContext {
    LibraryContext(env: env, summaries: library.summaries, loaded: library.loaded)
  }
}
