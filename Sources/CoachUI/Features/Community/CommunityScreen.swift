import CoachCore
import Foundation

/// One community: its overview, its members and its meetings, as tabs.
public struct CommunityScreen: Equatable, Sendable {
  public enum Tab: Int, CaseIterable, Equatable, Sendable {
    case overview
    case members
    case meetings
    case themes
  }

  public var id: UUID
  public var tab: Tab = .overview
  /// The phase highlighted in the overview's phase list.
  public var phaseSelection: Phase
  public var memberSelection = 0
  public var memberFilter = FilterState()
  public var meetingSelection = 0
  public var themeSelection = 0
  /// The members tab shows how each member takes part instead of who they are.
  public var showsParticipation = false
  /// The meetings tab's laid-out lines, kept between keys; not part of the value.
  let meetingLines = ViewMemo<MeetingsTabLines.Key, MeetingsTabLines>()

  public init(id: UUID, phase: Phase) {
    self.id = id
    self.phaseSelection = phase
  }

  /// The screen as it opens: the meetings list starts at the meeting the coach looks for
  /// (CoachCore's `focusMeeting`: the next one to run, else the last one held).
  static func opening(_ community: Community, today: CalendarDay) -> CommunityScreen {
    var screen = CommunityScreen(id: community.id, phase: community.phase)
    screen.selectFocusMeeting(community, today: today)
    return screen
  }

  /// Puts the meetings list on the meeting the coach looks for; also each time the tab is
  /// opened, as a meeting held or planned since may have changed which one that is.
  mutating func selectFocusMeeting(_ community: Community, today: CalendarDay) {
    guard let focus = community.focusMeeting(today: today) else { return }
    meetingSelection = community.meetingNumber(focus.id).map { $0 - 1 } ?? 0
  }

  /// The members shown: active ones first, then by name, narrowed by the filter.
  func visibleMembers(_ community: Community) -> [Member] {
    community.members
      .filter { memberFilter.matches([$0.name, $0.school]) }
      .sorted {
        if $0.isActive != $1.isActive { return $0.isActive }
        return NameOrder.ascending($0.name, $1.name)
      }
  }

  /// Selects a member (after adding one): the filter is cleared so it is in view.
  mutating func select(member id: UUID, _ community: Community) {
    memberFilter = FilterState()
    if let index = visibleMembers(community).firstIndex(where: { $0.id == id }) {
      memberSelection = index
    }
  }
}

extension CommunityScreen: ScreenFeature {
  var route: Route { .community(self) }
  var shownCommunityID: UUID? { id }

  func context(_ source: ContextSource) -> CommunityContext? { source.community(id) }

  func keys(_ context: CommunityContext) -> KeyTable<CommunityAction> {
    CommunityKeys.table(self, context)
  }

  func render(_ context: CommunityContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    CommunityView.render(self, context, &canvas)
  }

  mutating func repair(_ context: CommunityContext) {
    memberSelection = max(0, min(memberSelection, visibleMembers(context.community).count - 1))
    meetingSelection = max(0, min(meetingSelection, context.community.meetings.count - 1))
    themeSelection = max(0, min(themeSelection, context.community.themes.count - 1))
  }

  var filter: FilterState? {
    get { tab == .members ? memberFilter : nil }
    set {
      guard let newValue, tab == .members else { return }
      if newValue.text != memberFilter.text { memberSelection = 0 }
      memberFilter = newValue
    }
  }
}
