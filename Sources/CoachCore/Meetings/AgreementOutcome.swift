/// What a review found: done and dropped close an agreement; partly and open keep it on
/// the next meeting's review.
public enum AgreementOutcome: String, CaseIterable, Codable, Sendable {
  case done
  case partly
  case open
  case dropped

  public var closes: Bool { self == .done || self == .dropped }

  public var label: LocalizedText {
    switch self {
    case .done: LocalizedText(nl: "klaar", en: "done")
    case .partly: LocalizedText(nl: "deels", en: "partly")
    case .open: LocalizedText(nl: "open", en: "open")
    case .dropped: LocalizedText(nl: "geschrapt", en: "dropped")
    }
  }
}
