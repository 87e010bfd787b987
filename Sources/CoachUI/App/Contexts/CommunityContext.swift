import CoachCore
import Foundation

/// The coach's view of one community, everything in it: what the community's screens (its
/// tabs, the phase guide, a meeting, the live meeting) may show.
public struct CommunityContext: ScreenContext {
  public let env: ScreenEnvironment
  public let community: Community
}
