import CoachCore

/// The export menu's words, one instance per language.
struct ExportMenuStrings: Sendable {
  let title: String
  let intro: String
  let keyExport: String
  let keyChoose: String
  let keyClose: String
  let keyElsewhere: String
  let keyNumber: String
  let minutes: @Sendable (_ meeting: Int) -> String
  let calendar: String
  let reportAll: String
  let reportFor: @Sendable (_ school: String) -> String
  let dossier: String
  let handover: String
  let handoverPrivate: String

  static func of(_ language: Language) -> ExportMenuStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }

  func label(_ entry: ExportMenu.Entry, _ community: Community) -> String {
    switch entry {
    case .minutes(let meeting): minutes(community.meetingNumber(meeting) ?? 0)
    case .calendar: calendar
    case .document(.schoolLeaderReport(let school)): school.map(reportFor) ?? reportAll
    case .document(.dossier(let includePrivate)):
      includePrivate ? dossier + " — " + handoverPrivate : dossier
    case .document(.handover(let includePrivate)): includePrivate ? handoverPrivate : handover
    }
  }

  static let dutch = ExportMenuStrings(
    title: "Exporteren",
    intro: "Naar de map exports van de opslag, in het Nederlands:",
    keyExport: "export",
    keyChoose: "exporteren",
    keyClose: "sluiten",
    keyElsewhere: "elders",
    keyNumber: "kies nummer",
    minutes: { "Verslag van bijeenkomst \($0)" },
    calendar: "Kalender van de bijeenkomsten (.ics)",
    reportAll: "Rapport voor schoolleiders — alle scholen",
    reportFor: { "Rapport voor schoolleiders — \($0)" },
    dossier: "Dossier van de leergemeenschap",
    handover: "Overdracht aan de interne coach",
    handoverPrivate: "Overdracht mét privénotities (niet doorgeven)"
  )

  static let english = ExportMenuStrings(
    title: "Export",
    intro: "Into the store's exports folder, in English:",
    keyExport: "export",
    keyChoose: "export",
    keyClose: "close",
    keyElsewhere: "elsewhere",
    keyNumber: "choose by number",
    minutes: { "Minutes of meeting \($0)" },
    calendar: "Calendar of the meetings (.ics)",
    reportAll: "Report for school leaders — all schools",
    reportFor: { "Report for school leaders — \($0)" },
    dossier: "Community dossier",
    handover: "Hand-over to the internal coach",
    handoverPrivate: "Hand-over with private notes (do not pass on)"
  )
}
