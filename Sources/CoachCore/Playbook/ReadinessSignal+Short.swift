/// The short forms of the readiness signals, for the phase history's note: a move made
/// despite them says so in one line, next to the coach's own reason.
extension ReadinessSignal {
  /// What the guide and `vlgcoach phase check` say when no signal speaks against a move.
  public static let nothingAgainst = LocalizedText(
    nl: "Niets in de gegevens spreekt ertegen.", en: "Nothing in the data speaks against it.")

  /// A few words per signal: “geen engagement: An, Bert”, “opkomst 55 %”.
  public func short(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .withoutCommitment(let names):
      let list = names.joined(separator: ", ")
      return nl ? "geen engagement: \(list)" : "no commitment: \(list)"
    case .noThemes:
      return nl ? "geen thema" : "no theme"
    case .themeSize(let title, let teachers):
      return nl ? "thema “\(title)”: \(teachers) leraren" : "theme “\(title)”: \(teachers) teachers"
    case .lowAttendance(let percent):
      return nl ? "opkomst \(percent) %" : "attendance \(percent) %"
    case .carriedOverTwice(let numbers):
      let list = numbers.map(String.init).joined(separator: ", ")
      return nl ? "2× doorgeschoven: afspraak \(list)" : "carried over twice: agreement \(list)"
    case .noRecentMeeting(let last):
      guard let last else { return nl ? "nog geen bijeenkomst" : "no meeting yet" }
      return nl ? "laatste bijeenkomst \(last.iso)" : "last meeting \(last.iso)"
    }
  }

  /// The history's note of a move: the coach's reason, after the signals it was made
  /// despite (“Ondanks 2 signalen (geen thema; opkomst 55 %): de scholen dringen aan”).
  /// Without signals it is the reason alone.
  public static func moveNote(_ signals: [ReadinessSignal], reason: String, _ language: Language)
    -> String
  {
    guard !signals.isEmpty else { return reason }
    let nl = language == .nl
    let count = signals.count
    let despite =
      nl
      ? "Ondanks \(count) \(count == 1 ? "signaal" : "signalen")"
      : "Despite \(count) \(count == 1 ? "signal" : "signals")"
    let list = signals.map { $0.short(language) }.joined(separator: "; ")
    return despite + " (" + list + ")" + (reason.allSatisfy(\.isWhitespace) ? "." : ": " + reason)
  }
}
