import CoachCore
import Foundation

/// Enter on a hit: the screen that shows it, on top of the search (Esc comes back to the
/// hits).
extension SearchScreen {
  static func jump(to hit: SearchHit, _ context: SearchContext) -> [ScreenCommand] {
    guard let community = context.loaded[hit.communityID] else { return [] }
    switch hit.target {
    case .community:
      return [.push(.community(CommunityScreen.opening(community, today: context.today)))]
    case .member(let member):
      return jumpToMember(member, community, context)
    case .agendaItem(let meeting, let item):
      return jumpToMeeting(meeting, community) { screen, rows in
        screen.section = .agenda
        screen.selection = rows.meeting.agenda.firstIndex { $0.id == item } ?? 0
      }
    case .meetingNotes(let meeting):
      return jumpToMeeting(meeting, community) { screen, _ in screen.section = .notes }
    case .agreement(let agreement, let meeting):
      return jumpToMeeting(meeting, community) { screen, rows in
        screen.section = .agreements
        screen.selection = (rows.reviewed + rows.made).firstIndex { $0.id == agreement } ?? 0
      }
    case .theme(let theme):
      return jumpToTheme(theme, community, context)
    case .note(let note):
      return jumpToNote(note, community, context)
    }
  }

  /// The community's members tab, on the member.
  static func jumpToMember(_ member: UUID, _ community: Community, _ context: SearchContext)
    -> [ScreenCommand]
  {
    var screen = CommunityScreen.opening(community, today: context.today)
    screen.tab = .members
    screen.select(member: member, community)
    return [.push(.community(screen))]
  }

  /// The meeting's screen, on the section and row `place` chooses.
  static func jumpToMeeting(
    _ meeting: UUID, _ community: Community,
    place: (inout MeetingScreen, MeetingScreenRows) -> Void
  ) -> [ScreenCommand] {
    var screen = MeetingScreen(communityID: community.id, meetingID: meeting)
    guard let rows = MeetingScreenRows(community, screen) else { return [] }
    place(&screen, rows)
    return [.push(.meeting(screen))]
  }

  /// A theme (its title, an output, a moment): the community's themes tab, on the theme.
  static func jumpToTheme(_ theme: UUID, _ community: Community, _ context: SearchContext)
    -> [ScreenCommand]
  {
    var screen = CommunityScreen.opening(community, today: context.today)
    screen.tab = .themes
    screen.themeSelection = community.themes.firstIndex { $0.id == theme } ?? 0
    return [.push(.community(screen))]
  }

  /// A dynamics note: the community's notes timeline, on the note. The one place to point
  /// note hits elsewhere.
  static func jumpToNote(_ note: UUID, _ community: Community, _ context: SearchContext)
    -> [ScreenCommand]
  {
    var screen = NotesScreen(communityID: community.id)
    let timeline = screen.notesShown(context.notebook(community.id))
    screen.selection = timeline.firstIndex { $0.id == note }
    return [.push(.notes(screen))]
  }
}
