/// Something in a community's data that speaks against moving on to a later phase. It
/// advises; the coach decides (and may say why in the phase history's note).
public enum ReadinessSignal: Equatable, Sendable {
  /// Members still taking part whose commitment was never recorded (phase 2 is about it).
  case withoutCommitment([String])
  /// Moving to phase 4 or 5 without any theme chosen.
  case noThemes
  /// A theme with fewer than 4 or more than 6 teachers still taking part.
  case themeSize(title: String, teachers: Int)
  /// Attendance over the last three meetings with attendance taken, under 70 %.
  case lowAttendance(percent: Int)
  /// Open agreements carried over twice or more, by number.
  case carriedOverTwice([Int])
  /// No meeting held in the last six weeks (nil: none held at all).
  case noRecentMeeting(last: CalendarDay?)

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .withoutCommitment(let names):
      return nl
        ? "Geen engagement genoteerd voor \(names.joined(separator: ", "))."
        : "No commitment recorded for \(names.joined(separator: ", "))."
    case .noThemes:
      return nl ? "Er is nog geen thema gekozen." : "No theme has been chosen yet."
    case .themeSize(let title, let teachers):
      return nl
        ? "Thema “\(title)” heeft \(teachers) leraren; 4 tot 6 werkt het best."
        : "Theme “\(title)” has \(teachers) teachers; 4 to 6 works best."
    case .lowAttendance(let percent):
      return nl
        ? "De opkomst over de laatste drie bijeenkomsten is \(percent) % (onder 70 %)."
        : "Attendance over the last three meetings is \(percent) % (under 70 %)."
    case .carriedOverTwice(let numbers):
      let list = numbers.map(String.init).joined(separator: ", ")
      return nl
        ? "Afspraken die al twee keer of meer werden doorgeschoven: \(list)."
        : "Agreements carried over twice or more: \(list)."
    case .noRecentMeeting(let last):
      guard let last else {
        return nl ? "Er is nog geen bijeenkomst gehouden." : "No meeting has been held yet."
      }
      return nl
        ? "De laatste bijeenkomst was op \(last.iso): meer dan zes weken geleden."
        : "The last meeting was on \(last.iso): more than six weeks ago."
    }
  }
}
