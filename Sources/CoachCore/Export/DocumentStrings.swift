/// The words of the three documents beyond the minutes (the school-leader report, the
/// community dossier and the hand-over dossier), one instance per language. Words the
/// minutes have already (a date, "Wat", "Wie", "Status") come from `ExportStrings`.
struct DocumentStrings: Sendable {
  // Titles and facts
  let reportTitle: String
  let dossierTitle: String
  let handoverTitle: String
  let subject: String
  let schools: String
  let allSchools: String
  /// "4 — Leren discussiëren …, sinds 1 september 2026".
  let since: String
  let madeOn: String
  let meetingsHeld: String
  let nextMeeting: String
  let notPlanned: String
  // The school-leader report
  let askedOfLeaders: String
  let themes: String
  let noThemes: String
  let theme: String
  let advice: String
  /// The report for one school: the column of its teachers on a theme.
  let fromSchool: String
  let description: String
  let attendanceExplained: @Sendable (_ last: Int) -> String
  let noMeetingsCounted: String
  let noTeachers: String
  let attended: String
  let excused: String
  let absent: String
  let rate: String
  let lastMeetings: @Sendable (_ count: Int) -> String
  let participation: String
  /// "2 van 3": attended of expected.
  let of: @Sendable (_ part: Int, _ whole: Int) -> String
  let agreements: String
  let openAgreements: String
  let noOpenAgreements: String
  let doneAgreements: String
  let noDoneAgreements: String
  let carriedOver: String
  let noCarriedOver: String
  let results: String
  let themesReady: String
  let noThemesReady: String
  let agreementsDoneCount: @Sendable (_ done: Int, _ owned: Int) -> String
  // The community dossier
  let phaseHistory: String
  let members: String
  let role: String
  let committedOn: String
  let meetings: String
  let noMeetings: String
  let notesInMinutes: String
  /// "(in het verslag)": the meeting's general notes are the minutes' notes.
  let inMinutes: String
  /// The heading of the agenda items without notes or decisions.
  let otherItems: String
  let followedUp: String
  let nothingFollowedUp: String
  // The hand-over dossier
  let whereItStands: String
  let internalCoachNote: String
  let whatWorked: String
  let goodAttendance: String
  let noGoodAttendance: String
  // The coach's private notes
  let privateWarning: String
  let privateNotes: String
  let noPrivateNotes: String
  let about: String
  let tags: String
  let wholeGroup: String

  static func of(_ language: Language) -> DocumentStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }
}
