import CoachCore

/// A theme: its status, teachers, the 4–6 advice and description, then its subgroups, output
/// and moments, one per row, the selected one marked.
enum ThemeScreenView {
  static func render(_ screen: ThemeScreen, _ context: CommunityContext, _ canvas: inout Canvas) {
    guard let theme = screen.theme(context) else { return }
    let t = context.strings.themes
    let community = context.community
    Chrome.title(t.title(theme.title), right: community.name, row: 0, &canvas)
    let body = Chrome.body(canvas)
    let area = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1)
    var head: [(String, StyleRole)] = [
      (theme.status.label(context.language) + " · " + t.teachers(theme.members.count), .dim)
    ]
    if let advice = community.sizeAdvice(of: theme) {
      head.append(("⚠ " + advice.message(context.language), .warning))
    }
    let names = community.memberNames(theme.members)
    let who = t.members + ": " + (names.isEmpty ? t.nobody : names.joined(separator: ", "))
    head += DisplayWidth.wrap(who, to: area.width - 6).map { ($0, .normal) }
    for part in theme.description.split(separator: "\n").prefix(3) {
      head += DisplayWidth.wrap(String(part), to: area.width - 6).map { ($0, .dim) }
    }
    var y = area.y
    for (text, style) in head where y < area.maxY {
      canvas.write("   " + text, x: 0, y: y, style: style, clip: area)
      y += 1
    }
    y += 1
    let items = ThemeScreen.items(theme)
    guard !items.isEmpty else {
      canvas.write("   " + t.noItems, x: 0, y: y, style: .dim, clip: area)
      return
    }
    // Each group under its heading; the list scrolls as one.
    var rows: [(text: String, item: Int?)] = []
    var lastHeading = ""
    for (index, item) in items.enumerated() {
      let heading = self.heading(item, t)
      if heading != lastHeading {
        rows.append((heading, nil))
        lastHeading = heading
      }
      rows.append((line(item, community, context), index))
    }
    let selectedRow = rows.firstIndex { $0.item == screen.selection } ?? 0
    let capacity = max(1, area.maxY - y)
    let first = ListWindow.firstVisible(
      selection: selectedRow, count: rows.count, capacity: capacity)
    for row in rows.dropFirst(first).prefix(capacity) {
      if let index = row.item {
        let selected = index == screen.selection
        canvas.write(selected ? " ▸ " : "   ", x: 0, y: y, style: .accent, bold: true, clip: area)
        canvas.write(
          DisplayWidth.truncate(row.text, to: area.width - 4), x: 3, y: y, style: .normal,
          clip: area)
        if selected {
          canvas.restyle(Rect(x: 0, y: y, width: area.width, height: 1), style: .selection)
        }
      } else {
        canvas.write(" " + row.text, x: 0, y: y, style: .heading, clip: area)
      }
      y += 1
    }
  }

  private static func heading(_ item: ThemeScreen.Item, _ t: ThemeStrings) -> String {
    switch item {
    case .subgroup: t.subgroups
    case .output: t.outputs
    case .moment: t.moments
    }
  }

  /// One subgroup, output or moment as a line: the theme screen's rows and the themes tab's
  /// detail share it.
  static func line(
    _ item: ThemeScreen.Item, _ community: Community, _ context: CommunityContext
  ) -> String {
    let t = context.strings.themes
    let dates = context.dates
    switch item {
    case .subgroup(let group):
      return group.name + ": " + community.memberNames(group.members).joined(separator: ", ")
    case .output(let output):
      let tried = output.triedInClassOn.map { t.tried(dates.shortDay($0)) } ?? t.notTried
      return output.title + " · " + t.made(dates.shortDay(output.madeOn)) + " · " + tried
    case .moment(let moment):
      var text = dates.shortDay(moment.day) + " · " + moment.kind.label(context.language)
      if !moment.note.isEmpty {
        text += " · " + moment.note.replacingOccurrences(of: "\n", with: " ")
      }
      return text
    }
  }
}
