/// The three kinds of homework agreement the coach steers with (DOMAIN.md).
/// The raw values are the command line's words.
public enum AgreementKind: String, CaseIterable, Codable, Sendable {
  /// (a) what will be finished by the next meeting.
  case finish
  /// (b) which material will be discussed critically, so must be brought or read.
  case discuss
  /// (c) which supporting material must be provided, and by whom.
  case provide

  /// The letter the research uses: a, b, c.
  public var letter: String {
    switch self {
    case .finish: "a"
    case .discuss: "b"
    case .provide: "c"
    }
  }

  public var label: LocalizedText {
    switch self {
    case .finish: LocalizedText(nl: "afwerken", en: "finish")
    case .discuss: LocalizedText(nl: "kritisch bespreken", en: "discuss critically")
    case .provide: LocalizedText(nl: "materiaal voorzien", en: "provide material")
    }
  }
}
