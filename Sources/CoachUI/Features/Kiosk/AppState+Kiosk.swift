import CoachCore
import Foundation

extension AppState {
  /// `vlgcoach kiosk`: the community open underneath, the shared terminal on top; it waits
  /// for the runtime to say whether a PIN was set (`Event.kioskPIN`). Leaving it ends the
  /// program.
  public mutating func startKiosk(
    on community: Community, notebook: CoachNotebook, template: ChecklistTemplate,
    anonymous: Bool
  ) {
    library.remember(community, notebook: notebook)
    savedLibrary.remember(community, notebook: notebook)
    history.remember(community, notebook: notebook)
    routes = [.home(HomeScreen()), .community(CommunityScreen.opening(community, today: today))]
    var session = KioskSession(
      communityID: community.id, template: template,
      meetingID: community.meetingForChecklist(on: today)?.id, day: today,
      anonymous: anonymous, quitsOnLeave: true)
    session.step = .checkingPIN
    kiosk = session
  }
}
