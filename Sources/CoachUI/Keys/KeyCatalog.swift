import CoachCore
import Foundation

/// Every action id of every key table, found by building each table once on sample data:
/// the config file's key names are checked against it, so a typo is said, not ignored.
public enum KeyCatalog {
  public static func allIDs() -> Set<String> {
    let now = Date(timeIntervalSince1970: 1_795_262_400)
    let communities = DemoData.communities(today: CalendarDay(now, in: .gmt), now: now)
    var state = AppState(
      language: .en, dates: DateText(localeIdentifier: "en_GB", timeZone: .gmt), now: now,
      width: 80, height: 24, library: Library(summaries: communities.map(CommunitySummary.init)))
    for community in communities { state.library.put(community) }
    var ids = Set(GlobalKeys.table(state).bindings.map(\.id))
    ids.formUnion(MeetingEndedKeys.table(state).bindings.map(\.id))
    ids.formUnion(ExportMenuKeys.table(state).bindings.map(\.id))
    var routes: [Route] = [.home(HomeScreen()), .followUp(FollowUpScreen(communityID: nil))]
    for community in communities {
      for tab in CommunityScreen.Tab.allCases {
        var screen = CommunityScreen(id: community.id, phase: community.phase)
        screen.tab = tab
        screen.memberFilter.field = TextField("a")
        routes.append(.community(screen))
        screen.showsParticipation = true
        routes.append(.community(screen))
      }
      routes.append(.phase(PhaseScreen(communityID: community.id, phase: .engageSchoolLeaders)))
      routes.append(.notes(NotesScreen(communityID: community.id)))
      var checklists = ChecklistResultsScreen(communityID: community.id)
      routes.append(.checklistResults(checklists))
      checklists.openRoundID = community.checklistRounds.first?.id
      routes.append(.checklistResults(checklists))
      for theme in community.themes {
        routes.append(.theme(ThemeScreen(communityID: community.id, themeID: theme.id)))
      }
      for meeting in community.meetings {
        for section in MeetingScreen.Section.allCases {
          var screen = MeetingScreen(communityID: community.id, meetingID: meeting.id)
          screen.section = section
          routes.append(.meeting(screen))
        }
        var live = LiveMeetingScreen(communityID: community.id, meetingID: meeting.id)
        routes.append(.live(live))
        live.showsAttendance = true
        routes.append(.live(live))
      }
    }
    routes += PlaybookScreen.catalogRoutes
    var search = SearchScreen()
    search.query = TextField("a")
    routes.append(.search(search))
    for route in routes {
      state.routes = [route]
      ids.formUnion(ScreenKeys.forScreen(state).hints.map(\.id))
    }
    return ids
  }
}
