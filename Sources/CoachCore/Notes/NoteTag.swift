/// What a group-dynamics note is about, as DOMAIN.md names the dynamics, or the coach's own
/// word for it.
public enum NoteTag: Hashable, Sendable {
  case driver
  case follower
  case quiet
  case tension
  case conflict
  case breakthrough
  case supportNeeded
  /// The coach's own tag, cleaned to one line.
  case own(String)

  public static let standard: [NoteTag] = [
    .driver, .follower, .quiet, .tension, .conflict, .breakthrough, .supportNeeded,
  ]

  /// How it is stored and typed: `driver`, …, or the coach's own word.
  public var key: String {
    switch self {
    case .driver: "driver"
    case .follower: "follower"
    case .quiet: "quiet"
    case .tension: "tension"
    case .conflict: "conflict"
    case .breakthrough: "breakthrough"
    case .supportNeeded: "support-needed"
    case .own(let word): word
    }
  }

  /// A tag as typed or stored: a standard one by its key or its word in either language,
  /// else the coach's own; nil for an empty text.
  public init?(_ text: String) {
    let clean = TextCleaning.line(text)
    guard !clean.isEmpty else { return nil }
    let folded = clean.lowercased()
    if let standard = NoteTag.standard.first(where: {
      $0.key == folded || $0.label.nl.lowercased() == folded || $0.label.en.lowercased() == folded
    }) {
      self = standard
    } else {
      self = .own(clean)
    }
  }

  public var label: LocalizedText {
    switch self {
    case .driver: LocalizedText(nl: "trekker", en: "driver")
    case .follower: LocalizedText(nl: "meeloper", en: "follower")
    case .quiet: LocalizedText(nl: "stil", en: "quiet")
    case .tension: LocalizedText(nl: "spanning", en: "tension")
    case .conflict: LocalizedText(nl: "conflict", en: "conflict")
    case .breakthrough: LocalizedText(nl: "doorbraak", en: "breakthrough")
    case .supportNeeded: LocalizedText(nl: "steun nodig", en: "support needed")
    case .own(let word): LocalizedText(nl: word, en: word)
    }
  }
}
