import CoachCore

/// One community: its title line, the tabs, and the tab's content.
enum CommunityView {
  static func render(
    _ screen: CommunityScreen, _ context: CommunityContext, _ canvas: inout Canvas
  ) -> Frame.Cursor? {
    let s = context.strings
    let community = context.community
    var parts = [community.name]
    if !community.subject.isEmpty { parts.append(community.subject) }
    let schools = community.allSchools.count
    if schools > 0 { parts.append(s.schoolCount(schools)) }
    parts.append(s.memberCount(community.activeMembers.count))
    Chrome.title(
      parts.joined(separator: " · "), right: s.phaseOfFive(community.phase.number), row: 0, &canvas)
    drawTabs(screen.tab, s, &canvas)
    if screen.tab == .members {
      let count = s.activeOfTotal(community.activeMembers.count, community.members.count)
      canvas.write(count, x: canvas.width - DisplayWidth.width(of: count) - 1, y: 1, style: .dim)
    }
    let body = Chrome.body(canvas)
    let area = Rect(x: 0, y: body.y + 2, width: body.width, height: body.height - 2)
    switch screen.tab {
    case .overview:
      OverviewTab.render(community, screen, context, area, &canvas)
      return nil
    case .members where screen.showsParticipation:
      ParticipationView.render(community, screen, context, area, &canvas)
      return nil
    case .members:
      return MembersTab.render(community, screen, context, area, &canvas)
    case .meetings:
      MeetingsTab.render(community, screen, context, area, &canvas)
      return nil
    case .themes:
      ThemesTab.render(community, screen, context, area, &canvas)
      return nil
    }
  }

  private static func drawTabs(
    _ current: CommunityScreen.Tab, _ s: UIStrings, _ canvas: inout Canvas
  ) {
    var x = 1
    for tab in CommunityScreen.Tab.allCases {
      let label: String
      switch tab {
      case .overview: label = s.tabOverview
      case .members: label = s.tabMembers
      case .meetings: label = s.meetings.tab
      case .themes: label = s.themes.tab
      }
      let text = tab == current ? "[" + label + "]" : " " + label + " "
      x += canvas.write(
        text, x: x, y: 1, style: tab == current ? .tabActive : .tabInactive, bold: tab == current)
      x += 1
    }
  }
}
