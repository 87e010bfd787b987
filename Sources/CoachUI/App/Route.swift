import CoachCore
import Foundation

/// A screen on the navigation stack. Registering a screen is its case here and its line in
/// `feature`; everything else about it lives in its folder under Features/.
public enum Route: Equatable, Sendable {
  case home(HomeScreen)
  case community(CommunityScreen)
  case phase(PhaseScreen)
  case meeting(MeetingScreen)
  case live(LiveMeetingScreen)
  case followUp(FollowUpScreen)
  case search(SearchScreen)
  case notes(NotesScreen)
  case theme(ThemeScreen)
  case checklistResults(ChecklistResultsScreen)
  case playbook(PlaybookScreen)

  /// The screen itself, for the one generic dispatch (keys, drawing, repair, filter).
  var feature: any ScreenFeature {
    switch self {
    case .home(let screen): screen
    case .community(let screen): screen
    case .phase(let screen): screen
    case .meeting(let screen): screen
    case .live(let screen): screen
    case .followUp(let screen): screen
    case .search(let screen): screen
    case .notes(let screen): screen
    case .theme(let screen): screen
    case .checklistResults(let screen): screen
    case .playbook(let screen): screen
    }
  }

  /// The community the screen shows, if it shows one.
  public var communityID: UUID? { feature.shownCommunityID }
}
