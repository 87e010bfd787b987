import CoachCore
import Foundation

public struct PhaseScreen: Equatable, Sendable {
  public var communityID: UUID
  public var phase: Phase
  public var scroll = 0

  public init(communityID: UUID, phase: Phase) {
    self.communityID = communityID
    self.phase = phase
  }
}
