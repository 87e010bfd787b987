import CoachCore
import Foundation

/// The coach's view of every community: the home screen and the follow-up across them.
public struct LibraryContext: ScreenContext {
  public let env: ScreenEnvironment
  /// Every community, from the store's index.
  public let summaries: [CommunitySummary]
  /// The communities read so far.
  public let loaded: [UUID: Community]

  public var isEverythingLoaded: Bool { summaries.allSatisfy { loaded[$0.id] != nil } }
}
