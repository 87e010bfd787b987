import CoachCore
import Foundation

/// Turns the words of a command line into values of the model, or the error a coach reads.
enum CommandInput {
  static func day(_ text: String) throws -> CalendarDay {
    guard let day = CalendarDay(iso: text) else { throw CoachError.invalidDate(text) }
    return day
  }

  static func time(_ text: String) throws -> TimeOfDay {
    guard let time = TimeOfDay(text: text) else { throw CoachError.invalidTime(text) }
    return time
  }

  /// `A,B` (an option may also be repeated): the names, trimmed, empty ones left out.
  static func names(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }

  static func kind(_ text: String) throws -> AgreementKind {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let kind = AgreementKind(rawValue: word) else {
      throw CLIError.unknownAgreementKind(text)
    }
    return kind
  }

  /// When an agreement is due: a day, or `next-meeting` (as `agreement list --json` says).
  static func due(_ text: String) throws -> Agreement.Due {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    if word == "next-meeting" || word == "next" { return .nextMeeting }
    return .day(try day(text))
  }

  /// What `agreement close` records: done, partly or dropped (open is what it was).
  static func closingStatus(_ text: String) throws -> AgreementOutcome {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let outcome = AgreementOutcome(rawValue: word), outcome != .open else {
      throw CLIError.unknownStatus(text)
    }
    return outcome
  }
}
