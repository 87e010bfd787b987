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
