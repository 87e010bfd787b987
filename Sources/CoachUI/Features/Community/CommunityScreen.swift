import CoachCore
import Foundation

public struct CommunityScreen: Equatable, Sendable {
  public enum Tab: Int, CaseIterable, Equatable, Sendable {
    case overview
    case members
    case meetings
  }

  public var id: UUID
  public var tab: Tab = .overview
  /// The phase highlighted in the overview's phase list.
  public var phaseSelection: Phase
  public var memberSelection = 0
  public var memberFilter = FilterState()
  public var meetingSelection = 0

  public init(id: UUID, phase: Phase) {
    self.id = id
    self.phaseSelection = phase
  }
}
