import CoachCore

/// The members of a community as a table, stopped members last and dimmed.
enum MembersTab {
  static func render(
    _ community: Community, _ screen: CommunityScreen, _ state: AppState, _ area: Rect,
    _ canvas: inout Canvas
  ) -> Frame.Cursor? {
    let s = state.strings
    var row = area.y
    let cursor = FilterLine.draw(screen.memberFilter, label: s.filterPrompt, row: row, &canvas)
    if cursor != nil || screen.memberFilter.isActive { row += 1 }
    let members = state.visibleMembers(screen)
    if community.members.isEmpty || members.isEmpty {
      let message = community.members.isEmpty ? s.noMembers : s.noMatches(screen.memberFilter.text)
      canvas.write("   " + message, x: 0, y: row + 1, style: .dim, clip: area)
      return cursor
    }
    let columns = Columns(width: area.width)
    canvas.write(
      "   " + columns.line(s.columnName, s.columnSchool, s.columnRole, s.columnParticipation),
      x: 0, y: row, style: .heading, clip: area)
    row += 1
    let capacity = max(1, area.maxY - row)
    let first = ListWindow.firstVisible(
      selection: screen.memberSelection, count: members.count, capacity: capacity)
    for (offset, member) in members.dropFirst(first).prefix(capacity).enumerated() {
      let selected = first + offset == screen.memberSelection
      var participation = member.participation.label(state.language)
      if let since = member.participationSince, member.participation != .active {
        participation += " " + s.since(state.dates.shortDay(since))
      }
      let line = columns.line(
        member.name, member.school, member.role.label(state.language), participation)
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: row, style: .accent, bold: true, clip: area)
      canvas.write(line, x: 3, y: row, style: member.isActive ? .normal : .dim, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: row, width: area.width, height: 1), style: .selection)
      }
      row += 1
    }
    return cursor
  }

  /// Column widths that share the line: name widest, then school, role, taking part.
  struct Columns {
    let name: Int
    let school: Int
    let role: Int
    let participation: Int

    init(width: Int) {
      let room = max(20, width - 4)
      name = room * 30 / 100
      school = room * 25 / 100
      role = room * 20 / 100
      participation = room - name - school - role - 3
    }

    func line(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
      DisplayWidth.fit(a, to: name - 1) + " " + DisplayWidth.fit(b, to: school - 1) + " "
        + DisplayWidth.fit(c, to: role - 1) + " " + DisplayWidth.truncate(d, to: participation)
    }
  }
}
