import CoachCore
import Foundation

/// The list of communities, the first screen.
public struct HomeScreen: Equatable, Sendable {
  public var selection = 0
  public var filter = FilterState()

  public init() {}
}
