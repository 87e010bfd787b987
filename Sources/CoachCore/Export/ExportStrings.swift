/// The words of the exports (minutes and calendar), one instance per language: a label
/// missing in one language is a compile error, not an empty line in a coach's minutes.
struct ExportStrings: Sendable {
  /// "bijeenkomst 3": the word before a meeting's number.
  let meeting: String
  let place: String
  let time: String
  let phase: String
  let attendance: String
  let name: String
  let school: String
  let noMembers: String
  let agenda: String
  let noAgenda: String
  let ledBy: String
  let decisions: String
  let reviewSection: String
  let nothingToReview: String
  let madeSection: String
  let noAgreements: String
  let number: String
  let kind: String
  let what: String
  let who: String
  let status: String
  let timesCarriedOver: String
  let note: String
  let due: String
  let nextMeeting: String
  let notes: String
  let noNotes: String
  let unknownMeeting: String

  static func of(_ language: Language) -> ExportStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }

  /// What a cell or a value shows when nothing was recorded.
  static let missing = "—"
}
