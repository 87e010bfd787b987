import CoachCore

/// `phase check --json`. Every key is always there: `target` is `null` in the last phase,
/// `missing` when the data say nothing about an item.
struct PhaseCheckJSON: Encodable {
  struct Item: Encodable {
    let id: String
    let phase: Int
    let text: String
    let missing: String?

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(phase, forKey: .phase)
      try container.encode(text, forKey: .text)
      try container.encode(missing, forKey: .missing)
    }

    enum CodingKeys: String, CodingKey { case id, phase, text, missing }
  }

  struct Signal: Encodable {
    /// `without-commitment`, `no-themes`, `theme-size`, `low-attendance`,
    /// `carried-over-twice` or `no-recent-meeting`.
    let kind: String
    let message: String
  }

  let community: String
  let phase: Int
  let target: Int?
  let ready: Bool
  let openItems: [Item]
  let signals: [Signal]

  init(_ outcome: PhaseCheckOutcome, language: Language) {
    switch outcome {
    case .last(let name, let current), .back(let name, _, let current):
      community = name
      phase = current.number
      if case .back(_, let back, _) = outcome { target = back.number } else { target = nil }
      ready = true
      openItems = []
      signals = []
    case .check(let name, let readiness):
      community = name
      phase = readiness.from.number
      target = readiness.target.number
      ready = readiness.isReady
      openItems = readiness.openItems.map { open in
        var missing: String?
        if case .notYet(let text) = open.state { missing = text(language) }
        return Item(
          id: open.item.id, phase: open.item.phase.number, text: open.item.text(language),
          missing: missing)
      }
      signals = readiness.signals.map { Signal(kind: Self.kind($0), message: $0.message(language)) }
    }
  }

  static func kind(_ signal: ReadinessSignal) -> String {
    switch signal {
    case .withoutCommitment: "without-commitment"
    case .noThemes: "no-themes"
    case .themeSize: "theme-size"
    case .lowAttendance: "low-attendance"
    case .carriedOverTwice: "carried-over-twice"
    case .noRecentMeeting: "no-recent-meeting"
    }
  }

  enum CodingKeys: String, CodingKey { case community, phase, target, ready, openItems, signals }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(community, forKey: .community)
    try container.encode(phase, forKey: .phase)
    try container.encode(target, forKey: .target)
    try container.encode(ready, forKey: .ready)
    try container.encode(openItems, forKey: .openItems)
    try container.encode(signals, forKey: .signals)
  }
}
