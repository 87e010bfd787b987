import CoachCore

/// The five phases with where the community stands, what matters now, and the history.
enum OverviewTab {
  static func render(
    _ community: Community, _ screen: CommunityScreen, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let s = context.strings
    let language = context.language
    var row = area.y
    canvas.write(" " + s.phases, x: 0, y: row, style: .heading, clip: area)
    row += 1
    for phase in Phase.allCases {
      let mark: String
      let style: StyleRole
      if phase < community.phase {
        (mark, style) = ("✓", .phaseDone)
      } else if phase == community.phase {
        (mark, style) = ("●", .phaseCurrent)
      } else {
        (mark, style) = ("○", .phaseTodo)
      }
      let selected = phase == screen.phaseSelection
      canvas.write(selected ? " ▸ " : "   ", x: 0, y: row, style: .accent, bold: true, clip: area)
      canvas.write(mark + " \(phase.number)", x: 3, y: row, style: style, bold: true, clip: area)
      var note = ""
      if phase == community.phase, let since = community.phaseSince {
        note = s.since(context.dates.shortDay(since))
      } else if let day = community.entered(phase) {
        note = context.dates.shortDay(day)
      }
      let noteWidth = DisplayWidth.width(of: note)
      let titleWidth = max(4, area.width - 10 - noteWidth - 2)
      canvas.write(
        DisplayWidth.truncate(phase.guide.title(language), to: titleWidth), x: 8, y: row,
        style: phase == community.phase ? .normal : (phase < community.phase ? .normal : .dim),
        bold: phase == community.phase, clip: area)
      canvas.write(note, x: area.maxX - noteWidth - 1, y: row, style: .dim, clip: area)
      if selected {
        canvas.restyle(Rect(x: 0, y: row, width: area.width, height: 1), style: .selection)
      }
      row += 1
    }
    row += 1
    let selectedGuide = screen.phaseSelection.guide
    let heading =
      s.phaseShort(screen.phaseSelection.number).capitalizedFirst + " · " + s.whatToWatch
    canvas.write(" " + heading, x: 0, y: row, style: .heading, clip: area)
    row += 1
    let historyRows = min(community.phaseHistory.count, 4) + 2
    let factorRoom = max(1, area.maxY - row - historyRows)
    // Whole items only: a factor cut in the middle reads as a different sentence.
    var factorLines: [String] = []
    for factor in selectedGuide.decisiveFactors {
      let wrapped = DisplayWidth.wrap(factor(language), to: area.width - 7)
      if factorLines.count + wrapped.count > factorRoom { break }
      for (index, line) in wrapped.enumerated() {
        factorLines.append((index == 0 ? "• " : "  ") + line)
      }
    }
    for line in factorLines {
      canvas.write(line, x: 3, y: row, clip: area)
      row += 1
    }
    row += 1
    guard row < area.maxY else { return }
    canvas.write(" " + s.phaseHistory, x: 0, y: row, style: .heading, clip: area)
    row += 1
    for change in community.phaseHistory.reversed() where row < area.maxY {
      let date = DisplayWidth.fit(context.dates.shortDay(change.day), to: 13)
      let phase = s.phaseShort(change.phase.number) + " " + change.phase.guide.shortName(language)
      var line = date + "  " + phase
      if !change.note.isEmpty {
        line += " — " + change.note.replacingOccurrences(of: "\n", with: " ")
      }
      canvas.write(DisplayWidth.truncate(line, to: area.width - 4), x: 3, y: row, clip: area)
      row += 1
    }
  }
}

extension String {
  /// “fase 4” → “Fase 4”, for a label that starts a heading.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
