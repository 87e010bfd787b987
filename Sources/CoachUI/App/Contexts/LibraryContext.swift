import CoachCore
import Foundation

/// The coach's view of every community: the home screen and the follow-up across them.
public struct LibraryContext: ScreenContext {
  public let env: ScreenEnvironment
  /// Every community, from the store's index.
  public let summaries: [CommunitySummary]
  /// The communities read so far.
  public let loaded: [UUID: Community]
  /// The open agreements of communities not read in full (see `AppState.followUpDigests`).
  public let followUpDigests: [UUID: FollowUpDigest]

  public init(
    env: ScreenEnvironment, summaries: [CommunitySummary], loaded: [UUID: Community],
    followUpDigests: [UUID: FollowUpDigest] = [:]
  ) {
    self.env = env
    self.summaries = summaries
    self.loaded = loaded
    self.followUpDigests = followUpDigests
  }

  public var isEverythingLoaded: Bool { summaries.allSatisfy { loaded[$0.id] != nil } }
}
