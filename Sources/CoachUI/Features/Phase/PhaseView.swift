import CoachCore

/// The guide to one phase: what it is about, what makes the difference, what the coach
/// does, what to watch out for. Scrolls when the terminal is short.
enum PhaseView {
  struct Line {
    var text: String
    var style: StyleRole
    var indent: Int
  }

  static func render(_ screen: PhaseScreen, _ context: CommunityContext, _ canvas: inout Canvas) {
    let s = context.strings
    let language = context.language
    let guide = screen.phase.guide
    let community = context.community
    Chrome.title(
      s.phaseOfFive(screen.phase.number).capitalizedFirst + " · " + guide.title(language),
      right: community.name, row: 0, &canvas)
    let body = Chrome.body(canvas)
    drawNavigation(screen.phase, community, context, row: body.y, &canvas)
    let area = Rect(x: 0, y: body.y + 2, width: body.width, height: body.height - 2)
    let lines = allLines(screen, context, width: area.width)
    let first = min(screen.scroll, max(0, lines.count - area.height))
    for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
      canvas.write(line.text, x: line.indent, y: area.y + offset, style: line.style, clip: area)
    }
    if lines.count > area.height {
      let more = first + area.height < lines.count ? "↓" : " "
      let less = first > 0 ? "↑" : " "
      canvas.write(less + more, x: area.maxX - 3, y: area.y, style: .dim)
    }
  }

  /// The line under the title: the neighbouring phases and this phase's status.
  private static func drawNavigation(
    _ phase: Phase, _ community: Community, _ context: CommunityContext, row: Int,
    _ canvas: inout Canvas
  ) {
    let s = context.strings
    let language = context.language
    if let previous = phase.previous {
      canvas.write(
        " ◂ \(previous.number) " + previous.guide.shortName(language), x: 0, y: row, style: .dim)
    }
    let status: String
    let style: StyleRole
    if phase == community.phase, let since = community.phaseSince {
      (status, style) = (s.isCurrentPhase(context.dates.shortDay(since)), .phaseCurrent)
    } else if let day = community.entered(phase) {
      (status, style) = (s.wasPhase(context.dates.shortDay(day)), .phaseDone)
    } else {
      (status, style) = (s.notYetPhase, .phaseTodo)
    }
    let statusWidth = DisplayWidth.width(of: status)
    canvas.write(
      status, x: max(0, (canvas.width - statusWidth) / 2), y: row, style: style, bold: true)
    if let next = phase.next {
      let text = "\(next.number) " + next.guide.shortName(language) + " ▸ "
      canvas.write(text, x: canvas.width - DisplayWidth.width(of: text), y: row, style: .dim)
    }
  }

  /// For a later phase: what the data say about moving there (CoachCore's readiness check);
  /// nil for this phase and earlier ones.
  static func readiness(_ phase: Phase, _ context: CommunityContext) -> [String]? {
    guard phase > context.community.phase else { return nil }
    return context.community.readinessSignals(movingTo: phase, today: context.today)
      .map { $0.message(context.language) }
  }

  static func contentLines(
    _ guide: PhaseGuide, language: Language, _ s: UIStrings, width: Int,
    readiness: [String]? = nil
  ) -> [Line] {
    var lines: [Line] = []
    if let readiness {
      lines.append(Line(text: s.phaseReadiness.title, style: .heading, indent: 1))
      let items = readiness.isEmpty ? [ReadinessSignal.nothingAgainst(language)] : readiness
      for item in items {
        for (index, text) in DisplayWidth.wrap(item, to: max(10, width - 7)).enumerated() {
          let prefix = readiness.isEmpty ? "" : (index == 0 ? "⚠ " : "  ")
          lines.append(
            Line(text: prefix + text, style: readiness.isEmpty ? .dim : .warning, indent: 3))
        }
      }
      lines.append(Line(text: s.phaseReadiness.coachDecides, style: .dim, indent: 3))
    }
    func section(_ title: String, _ items: [LocalizedText], bullets: Bool) {
      if !lines.isEmpty { lines.append(Line(text: "", style: .normal, indent: 0)) }
      lines.append(Line(text: title, style: .heading, indent: 1))
      for item in items {
        let wrapped = DisplayWidth.wrap(item(language), to: max(10, width - 7))
        for (index, text) in wrapped.enumerated() {
          let prefix = bullets ? (index == 0 ? "• " : "  ") : ""
          lines.append(Line(text: prefix + text, style: .normal, indent: 3))
        }
      }
    }
    section(s.about, [guide.about], bullets: false)
    section(s.decisiveFactors, guide.decisiveFactors, bullets: true)
    section(s.coachActions, guide.coachActions, bullets: true)
    section(s.watchOuts, guide.watchOuts, bullets: true)
    return lines
  }

  /// How far the guide can scroll on this terminal (the reducer keeps `scroll` within it).
  /// The readiness check (a later phase), the checklist, then the guide's texts.
  static func allLines(_ screen: PhaseScreen, _ context: CommunityContext, width: Int) -> [Line] {
    var lines = contentLines(
      screen.phase.guide, language: context.language, context.strings, width: width,
      readiness: readiness(screen.phase, context))
    let checklist = checklistLines(screen.phase, context, width: width)
    let guideStart = lines.firstIndex { $0.text == context.strings.about } ?? 0
    lines.insert(
      contentsOf: checklist + [Line(text: "", style: .normal, indent: 0)]
        + protocolLines(screen.phase, context, width: width), at: guideStart)
    return lines
  }

  static func maxScroll(_ screen: PhaseScreen, _ context: CommunityContext) -> Int {
    let env = context.env
    let height = max(0, env.height - 3 - 2)
    let count = allLines(screen, context, width: env.width).count
    return max(0, count - height)
  }
}
