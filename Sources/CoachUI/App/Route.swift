import CoachCore
import Foundation

/// A screen on the navigation stack.
public enum Route: Equatable, Sendable {
  case home(HomeScreen)
  case community(CommunityScreen)
  case phase(PhaseScreen)
  case meeting(MeetingScreen)
  case live(LiveMeetingScreen)
  case followUp(FollowUpScreen)

  /// The community the screen shows, if it shows one.
  public var communityID: UUID? {
    switch self {
    case .home: nil
    case .community(let screen): screen.id
    case .phase(let screen): screen.communityID
    case .meeting(let screen): screen.communityID
    case .live(let screen): screen.communityID
    case .followUp(let screen): screen.communityID
    }
  }
}

public struct HomeScreen: Equatable, Sendable {
  public var selection = 0
  public var filter = FilterState()

  public init() {}
}

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

public struct PhaseScreen: Equatable, Sendable {
  public var communityID: UUID
  public var phase: Phase
  public var scroll = 0

  public init(communityID: UUID, phase: Phase) {
    self.communityID = communityID
    self.phase = phase
  }
}
