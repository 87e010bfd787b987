import CoachCore

/// What `phase check` found: the check itself, or why there is nothing to check.
enum PhaseCheckOutcome {
  /// In the last phase, with no phase asked beyond it.
  case last(String, Phase)
  /// The phase asked comes before the current one.
  case back(String, Phase, Phase)
  case check(String, PhaseReadiness)

  func text(_ strings: PhaseStrings, _ language: Language) -> String {
    switch self {
    case .last(let community, let phase):
      return strings.lastPhase(community, phase.number)
    case .back(_, let target, let current):
      return strings.goingBack(target.number, current.number)
    case .check(let community, let readiness):
      return Self.lines(community, readiness, strings, language).joined(separator: "\n")
    }
  }

  private static func lines(
    _ community: String, _ readiness: PhaseReadiness, _ strings: PhaseStrings,
    _ language: Language
  ) -> [String] {
    let target = readiness.target
    var lines = [
      strings.heading(
        community, readiness.from.number, target.number, target.guide.title(language))
    ]
    for phase in readiness.phasesLeft {
      let open = readiness.openItems.filter { $0.item.phase == phase }
      guard !open.isEmpty else { continue }
      lines.append(strings.openItems(phase.number))
      // Items the coach ticks carry their id, for `phase tick`.
      lines += open.map {
        "  ○ " + Self.itemText($0, language) + ($0.item.check == nil ? " [\($0.item.id)]" : "")
      }
    }
    if !readiness.signals.isEmpty {
      lines.append(strings.signalsHeading)
      lines += readiness.signals.map { "  ⚠ " + $0.message(language) }
    }
    if readiness.isReady {
      lines.append(
        strings.checklistsDone(readiness.phasesLeft.map(\.number)) + " "
          + ReadinessSignal.nothingAgainst(language))
      lines.append(strings.ready)
    } else {
      lines.append(strings.notReady(readiness.reasons))
    }
    return lines
  }

  /// The item, and what the data miss when they say so (“— not yet for An”).
  static func itemText(_ open: PhaseReadiness.OpenItem, _ language: Language) -> String {
    guard case .notYet(let missing) = open.state else { return open.item.text(language) }
    return open.item.text(language) + " — " + missing(language)
  }
}
