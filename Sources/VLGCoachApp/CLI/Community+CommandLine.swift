import CoachCore
import Foundation

/// How the command line names meetings and agreements inside a community.
extension Community {
  /// `--meeting N`: the meeting numbered N in date order.
  func meeting(numbered text: String) throws -> Meeting {
    guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
      throw CLIError.notAMeetingNumber(text)
    }
    guard let meeting = meeting(number: number) else {
      throw CoachError.noSuchMeeting(number, count: meetings.count)
    }
    return meeting
  }

  /// An agreement by its number (`3` or `A3`) or its id.
  func agreement(reference: String) throws -> Agreement {
    let text = reference.trimmingCharacters(in: .whitespaces)
    if let id = UUID(uuidString: text), let found = agreements.first(where: { $0.id == id }) {
      return found
    }
    let digits = text.first.map { "aA".contains($0) } == true ? String(text.dropFirst()) : text
    guard let number = Int(digits), let found = agreement(number: number) else {
      throw CoachError.noSuchAgreement(reference)
    }
    return found
  }
}
