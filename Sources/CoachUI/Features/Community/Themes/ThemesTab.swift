import CoachCore

/// The themes the teachers work on: a list (status, how many teachers, the 4–6 advice), and
/// under it the selected theme in full: its teachers, subgroups, output and moments.
enum ThemesTab {
  static func render(
    _ community: Community, _ screen: CommunityScreen, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let t = context.strings.themes
    let themes = community.themes
    guard !themes.isEmpty else {
      for (index, line) in DisplayWidth.wrap(t.none, to: area.width - 6).enumerated() {
        canvas.write("   " + line, x: 0, y: area.y + 1 + index, style: .dim, clip: area)
      }
      return
    }
    let selected = max(0, min(screen.themeSelection, themes.count - 1))
    let rows = themes.map { theme in
      [
        theme.title, theme.status.label(context.language), t.teachers(theme.members.count),
        community.sizeAdvice(of: theme) == nil ? "" : "⚠",
      ]
    }
    let columns = TableColumns(width: area.width - 4, rows: rows)
    let listHeight = min(themes.count, max(1, area.height / 3))
    let first = ListWindow.firstVisible(
      selection: selected, count: themes.count, capacity: listHeight)
    var y = area.y
    for index in first..<min(themes.count, first + listHeight) {
      let isSelected = index == selected
      canvas.write(isSelected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
      canvas.write(columns.line(rows[index]), x: 3, y: y, style: .normal, clip: area)
      if isSelected {
        canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
      }
      y += 1
    }
    y += 1
    for line in detail(themes[selected], community, context, width: area.width - 6) {
      guard y < area.maxY else { break }
      canvas.write("   " + line.text, x: 0, y: y, style: line.style, clip: area)
      y += 1
    }
  }

  private struct Line {
    var text: String
    var style: StyleRole
  }

  private static func detail(
    _ theme: WorkTheme, _ community: Community, _ context: CommunityContext, width: Int
  ) -> [Line] {
    let t = context.strings.themes
    var lines: [Line] = []
    if let advice = community.sizeAdvice(of: theme) {
      lines.append(Line(text: "⚠ " + advice.message(context.language), style: .warning))
    }
    for part in theme.description.split(separator: "\n") {
      lines += DisplayWidth.wrap(String(part), to: width).map { Line(text: $0, style: .dim) }
    }
    let names = community.memberNames(theme.members)
    let who = t.members + ": " + (names.isEmpty ? t.nobody : names.joined(separator: ", "))
    lines += DisplayWidth.wrap(who, to: width).map { Line(text: $0, style: .normal) }
    if !theme.subgroups.isEmpty {
      lines.append(Line(text: t.subgroups, style: .heading))
      for group in theme.subgroups {
        lines.append(
          Line(
            text: "  " + ThemeScreenView.line(.subgroup(group), community, context), style: .normal)
        )
      }
    }
    lines.append(Line(text: t.outputs, style: .heading))
    if theme.outputs.isEmpty {
      lines.append(Line(text: "  " + t.noOutputs, style: .dim))
    }
    for output in theme.outputs {
      lines.append(
        Line(text: "  " + ThemeScreenView.line(.output(output), community, context), style: .normal)
      )
    }
    if !theme.moments.isEmpty {
      lines.append(Line(text: t.moments, style: .heading))
      for moment in theme.timeline {
        lines.append(
          Line(
            text: "  " + ThemeScreenView.line(.moment(moment), community, context),
            style: moment.day < context.today ? .dim : .normal))
      }
    }
    return lines
  }
}
