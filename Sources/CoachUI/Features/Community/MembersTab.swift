import CoachCore

/// The members of a community as a table, stopped members last and dimmed.
enum MembersTab {
  static func render(
    _ community: Community, _ screen: CommunityScreen, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) -> Frame.Cursor? {
    let s = context.strings
    var row = area.y
    let cursor = FilterLine.draw(screen.memberFilter, label: s.filterPrompt, row: row, &canvas)
    if cursor != nil || screen.memberFilter.isActive { row += 1 }
    let members = screen.visibleMembers(community)
    if community.members.isEmpty || members.isEmpty {
      let message = community.members.isEmpty ? s.noMembers : s.noMatches(screen.memberFilter.text)
      canvas.write("   " + message, x: 0, y: row + 1, style: .dim, clip: area)
      return cursor
    }
    let absentThree = Set(community.membersAbsentThreeInARow(today: context.today).map(\.id))
    let rows = members.map { member in
      var participation = member.participation.label(context.language)
      if let since = member.participationSince, member.participation != .active {
        participation += " " + s.since(context.dates.shortDay(since))
      }
      if !member.participationReason.isEmpty {
        participation +=
          " · " + member.participationReason.replacingOccurrences(of: "\n", with: " ")
      }
      var role = member.role.label(context.language)
      if community.internalCoach == member.id { role += ", " + s.participation.internalCoach }
      if absentThree.contains(member.id) {
        participation = "⚠ " + participation
      }
      return [member.name, member.school, role, participation]
    }
    let header = [s.columnName, s.columnSchool, s.columnRole, s.columnParticipation]
    let columns = TableColumns(width: area.width - 4, rows: [header] + rows)
    canvas.write(
      "   " + columns.line(header),
      x: 0, y: row, style: .heading, clip: area)
    row += 1
    let capacity = max(1, area.maxY - row)
    let first = ListWindow.firstVisible(
      selection: screen.memberSelection, count: members.count, capacity: capacity)
    for (offset, member) in members.dropFirst(first).prefix(capacity).enumerated() {
      let selected = first + offset == screen.memberSelection
      let cells = rows[first + offset]
      let line = columns.line(cells)
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: row, style: .accent, bold: true, clip: area)
      canvas.write(line, x: 3, y: row, style: member.isActive ? .normal : .dim, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: row, width: area.width, height: 1), style: .selection)
      }
      row += 1
    }
    return cursor
  }
}
