/// The words of the exports (minutes and calendar), one instance per language: a label
/// missing in one language is a compile error, not an empty line in a coach's minutes.
struct ExportStrings: Sendable {
  /// "bijeenkomst 3": the word before a meeting's number.
  let meeting: String
  let place: String
  let time: String
  let phase: String
  let attendance: String
  /// "5 van 7 aanwezig": who was there (present or late) of those on the list.
  let attendanceTotal: @Sendable (_ attended: Int, _ of: Int) -> String
  let name: String
  let school: String
  let noMembers: String
  let agenda: String
  let noAgenda: String
  /// The heading of the short list of agenda items that have no notes or decisions.
  let otherItems: String
  let ledBy: String
  let decisions: String
  let reviewSection: String
  let nothingToReview: String
  let closedBetween: String
  let date: String
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
  /// “agenda van bijeenkomst”: the title's words for a meeting not run yet.
  let agendaOf: String
  /// The sentence under that title: this is an agenda, not minutes.
  let agendaOnly: String
  let unknownMeeting: String
  /// January to December, as written in a date: "8 december 2026".
  let months: [String]

  /// Every date in the minutes, one format: "8 december 2026", "8 December 2026".
  func day(_ day: CalendarDay) -> String {
    let month = months.indices.contains(day.month - 1) ? months[day.month - 1] : "\(day.month)"
    return "\(day.day) \(month) \(day.year)"
  }

  static func of(_ language: Language) -> ExportStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }

  /// What a cell or a value shows when nothing was recorded.
  static let missing = "—"
}
