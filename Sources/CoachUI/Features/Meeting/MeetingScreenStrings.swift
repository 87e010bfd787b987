/// The texts of the meeting screen (agenda, attendance, agreements, notes, export), one
/// instance per language. Dutch the Flemish way: bijeenkomst, aanwezigheid, verslag.
public struct MeetingScreenStrings: Sendable {
  // Title and sections
  public let meetingNumber: @Sendable (Int) -> String
  public let sectionAgenda: String
  public let sectionAttendance: String
  public let sectionAgreements: String
  public let sectionNotes: String
  public let keyProtocol: String
  public let keyRoles: String
  public let rolesTitle: String
  public let rolesSaved: @Sendable (String) -> String
  /// Under the tabs when the meeting has no roles; with the key that gives them, if any.
  public let noRoles: @Sendable (String?) -> String
  public let protocolTitle: String
  public let fieldProtocol: String

  // Agenda
  public let columnItem: String
  public let columnPlanned: String
  public let columnSpent: String
  public let columnPresenter: String
  public let reviewMarker: @Sendable (Int) -> String
  public let newAgreementsMarker: @Sendable (Int) -> String
  public let totalPlanned: @Sendable (Int) -> String
  public let endsAround: @Sendable (String, String) -> String
  public let totalSpent: @Sendable (Int) -> String
  public let noAgenda: String
  public let itemDecisions: String

  // Attendance
  public let notRecorded: String
  public let presentSummary: @Sendable (Int, Int) -> String
  public let noMembers: String

  // Agreements
  public let reviewHeading: String
  public let madeHeading: String
  public let nothingToReview: String
  public let noneMade: String
  public let carriedOver: @Sendable (Int) -> String
  public let dueNextMeeting: String
  public let dueOn: @Sendable (String) -> String
  /// After the status as of the meeting, when it changed since: “nu klaar”.
  public let statusNow: @Sendable (String) -> String

  // Notes
  public let noNotes: String

  // Forms
  public let newAgendaItem: String
  public let editAgendaItem: String
  public let fieldTitle: String
  public let fieldMinutes: String
  public let fieldPresenter: String
  public let fieldItemNotes: String
  public let fieldDecisions: String
  public let newAgreement: String
  public let editAgreementTitle: @Sendable (Int) -> String
  public let fieldKind: String
  public let fieldText: String
  public let fieldOwners: String
  public let ownersPlaceholder: String
  public let fieldDue: String
  public let duePlaceholder: String
  public let reviewTitle: @Sendable (Int) -> String
  public let fieldOutcome: String
  public let fieldReviewNote: String
  public let reviewNotePlaceholder: String
  public let notesTitle: String
  public let exportTitle: String
  public let calendarTitle: String
  public let fieldPath: String
  public let pathPlaceholder: String

  // What a change did (the flash, and the undo label)
  public let itemAdded: @Sendable (String) -> String
  public let itemEdited: @Sendable (String) -> String
  public let itemDeleted: @Sendable (String) -> String
  public let itemMoved: @Sendable (String) -> String
  public let attendanceSet: @Sendable (String, String) -> String
  public let agreementAdded: @Sendable (Int) -> String
  public let agreementEdited: @Sendable (Int) -> String
  public let agreementDeleted: @Sendable (Int) -> String
  public let agreementReviewed: @Sendable (Int, String) -> String
  public let notesEdited: String
  public let confirmDeleteItem: @Sendable (String) -> String
  public let confirmDeleteAgreement: @Sendable (Int, String) -> String
  /// `d` on an agreement that was followed up: why it stays, and what to do instead (short
  /// enough for the message line at 80 columns).
  public let agreementKept: @Sendable (_ number: Int, _ closed: Bool) -> String
  public let exported: @Sendable (String) -> String
  /// The export's file exists already: the y/n question before it is replaced.
  public let replaceExport: @Sendable (String) -> String
  public let replaceExportTitle: String

  // Keys
  public let keySection: String
  public let keyPreviousSection: String
  public let keyReorder: String
  public let keyExport: String
  public let keyCycle: String
  public let keySetAttendance: String
  public let keyClearAttendance: String
  public let keyRestPresent: String
  public let everyoneRecorded: String
  public let restMarkedPresent: @Sendable (Int) -> String
  public let keyReview: String
  public let attendanceLegend: String

  public static let dutch = MeetingScreenStrings(
    meetingNumber: { "Bijeenkomst \($0)" },
    sectionAgenda: "Agenda",
    sectionAttendance: "Aanwezigheid",
    sectionAgreements: "Afspraken",
    sectionNotes: "Notities (verslag)",
    keyProtocol: "protocol",
    keyRoles: "rollen",
    rolesTitle: "Rollen in deze bijeenkomst (voorstel: wie het langst geleden)",
    rolesSaved: { "Rollen: \($0)" },
    noRoles: { key in
      "nog geen rollen" + (key.map { " — \($0): voorzitter, tijdsbewaker en verslaggever" } ?? "")
    },
    protocolTitle: "Gespreksprotocol op de agenda",
    fieldProtocol: "Protocol",
    columnItem: "Punt",
    columnPlanned: "Gepland",
    columnSpent: "Besteed",
    columnPresenter: "Wie",
    reviewMarker: { $0 == 0 ? "↺ niets op te volgen" : "↺ \($0) op te volgen" },
    newAgreementsMarker: {
      switch $0 {
      case 0: "✚ nog geen afspraken gemaakt"
      case 1: "✚ 1 afspraak gemaakt"
      default: "✚ \($0) afspraken gemaakt"
      }
    },
    totalPlanned: { "Samen gepland: \($0)′" },
    endsAround: { start, end in "van \(start) tot \(end)" },
    totalSpent: { "besteed: \($0)′" },
    noAgenda: "Nog geen agendapunten. Druk op a om er een toe te voegen.",
    itemDecisions: "Besluiten",
    notRecorded: "niet genoteerd",
    presentSummary: { present, total in "\(present) van \(total) aanwezig" },
    noMembers: "Deze leergemeenschap heeft nog geen leden.",
    reviewHeading: "Terugblik op afspraken van vorige bijeenkomsten",
    madeHeading: "Afspraken gemaakt in deze bijeenkomst",
    nothingToReview: "Geen afspraken van vorige bijeenkomsten op te volgen.",
    noneMade: "Nog geen afspraken gemaakt. Druk op a om er een toe te voegen.",
    carriedOver: { "\($0)× overgedragen" },
    dueNextMeeting: "tegen volgende bijeenkomst",
    dueOn: { "tegen \($0)" },
    statusNow: { "nu \($0)" },
    noNotes: "Nog geen notities. Druk op e om ze te schrijven.",
    newAgendaItem: "Nieuw agendapunt",
    editAgendaItem: "Agendapunt bewerken",
    fieldTitle: "Titel",
    fieldMinutes: "Minuten",
    fieldPresenter: "Wie brengt het",
    fieldItemNotes: "Notities voor het verslag",
    fieldDecisions: "Besluiten",
    newAgreement: "Nieuwe afspraak",
    editAgreementTitle: { "Afspraak \($0) verbeteren" },
    fieldKind: "Soort",
    fieldText: "Wat",
    fieldOwners: "Wie",
    ownersPlaceholder: "een of meer namen, bv. Zoë, Jan",
    fieldDue: "Tegen",
    duePlaceholder: "JJJJ-MM-DD; leeg: volgende bijeenkomst",
    reviewTitle: { "Afspraak \($0) opvolgen" },
    fieldOutcome: "Uitkomst",
    fieldReviewNote: "Notitie",
    reviewNotePlaceholder: "bij geschrapt: waarom",
    notesTitle: "Notities van de bijeenkomst",
    exportTitle: "Verslag exporteren",
    calendarTitle: "Kalender exporteren (.ics)",
    fieldPath: "Bestand of map",
    pathPlaceholder: "leeg laten: map exports van de opslag",
    itemAdded: { "agendapunt “\($0)” toegevoegd" },
    itemEdited: { "agendapunt “\($0)” bewerkt" },
    itemDeleted: { "agendapunt “\($0)” verwijderd" },
    itemMoved: { "agendapunt “\($0)” verschoven" },
    attendanceSet: { name, label in "\(name): \(label)" },
    agreementAdded: { "afspraak \($0) toegevoegd" },
    agreementEdited: { "afspraak \($0) verbeterd" },
    agreementDeleted: { "afspraak \($0) verwijderd" },
    agreementReviewed: { number, outcome in "afspraak \(number): \(outcome)" },
    notesEdited: "notities van de bijeenkomst bewerkt",
    confirmDeleteItem: { "Agendapunt “\($0)” verwijderen?" },
    confirmDeleteAgreement: { number, text in
      "Afspraak \(number) verwijderen (“\(text)”)? u zet ze terug."
    },
    agreementKept: { number, closed in
      closed
        ? "Afspraak \(number) is al opgevolgd en afgesloten; ze blijft in de verslagen."
        : "Afspraak \(number) is al opgevolgd en blijft. Schrap ze met c, met een reden."
    },
    exported: { "Bewaard in \($0)" },
    replaceExport: { "\($0) bestaat al. Vervangen?" },
    replaceExportTitle: "Bestand vervangen?",
    keySection: "onderdeel",
    keyPreviousSection: "vorig onderdeel",
    keyReorder: "verschuif",
    keyExport: "verslag",
    keyCycle: "wissel",
    keySetAttendance: "noteer",
    keyClearAttendance: "niet genoteerd",
    keyRestPresent: "rest aanwezig",
    everyoneRecorded: "Iedereen is al genoteerd.",
    restMarkedPresent: { $0 == 1 ? "1 persoon aanwezig gezet" : "\($0) personen aanwezig gezet" },
    keyReview: "opvolgen",
    attendanceLegend:
      "✓ aanwezig (ook te laat) · ✗ afwezig · – verontschuldigd · · niet genoteerd. p, l, a of e noteert aanwezig, te laat, afwezig of verontschuldigd en gaat naar de volgende; P zet wie nog niet genoteerd is op aanwezig; spatie wisselt; - wist."
  )

  public static let english = MeetingScreenStrings(
    meetingNumber: { "Meeting \($0)" },
    sectionAgenda: "Agenda",
    sectionAttendance: "Attendance",
    sectionAgreements: "Agreements",
    sectionNotes: "Notes (minutes)",
    keyProtocol: "protocol",
    keyRoles: "roles",
    rolesTitle: "Roles in this meeting (proposed: who had it longest ago)",
    rolesSaved: { "Roles: \($0)" },
    noRoles: { key in
      "no roles yet" + (key.map { " — \($0): chair, timekeeper and minute-taker" } ?? "")
    },
    protocolTitle: "A discussion protocol on the agenda",
    fieldProtocol: "Protocol",
    columnItem: "Item",
    columnPlanned: "Planned",
    columnSpent: "Spent",
    columnPresenter: "Who",
    reviewMarker: { $0 == 0 ? "↺ nothing to follow up" : "↺ \($0) to follow up" },
    newAgreementsMarker: {
      switch $0 {
      case 0: "✚ no agreements made yet"
      case 1: "✚ 1 agreement made"
      default: "✚ \($0) agreements made"
      }
    },
    totalPlanned: { "Planned in all: \($0)′" },
    endsAround: { start, end in "from \(start) to \(end)" },
    totalSpent: { "spent: \($0)′" },
    noAgenda: "No agenda items yet. Press a to add one.",
    itemDecisions: "Decisions",
    notRecorded: "not recorded",
    presentSummary: { present, total in "\(present) of \(total) present" },
    noMembers: "This learning community has no members yet.",
    reviewHeading: "Review of agreements from earlier meetings",
    madeHeading: "Agreements made in this meeting",
    nothingToReview: "No agreements from earlier meetings to follow up.",
    noneMade: "No agreements made yet. Press a to add one.",
    carriedOver: { "carried over \($0)×" },
    dueNextMeeting: "by the next meeting",
    dueOn: { "by \($0)" },
    statusNow: { "now \($0)" },
    noNotes: "No notes yet. Press e to write them.",
    newAgendaItem: "New agenda item",
    editAgendaItem: "Edit agenda item",
    fieldTitle: "Title",
    fieldMinutes: "Minutes",
    fieldPresenter: "Presented by",
    fieldItemNotes: "Notes for the minutes",
    fieldDecisions: "Decisions",
    newAgreement: "New agreement",
    editAgreementTitle: { "Correct agreement \($0)" },
    fieldKind: "Kind",
    fieldText: "What",
    fieldOwners: "Who",
    ownersPlaceholder: "one or more names, e.g. Zoë, Jan",
    fieldDue: "Due",
    duePlaceholder: "YYYY-MM-DD; empty: the next meeting",
    reviewTitle: { "Follow up agreement \($0)" },
    fieldOutcome: "Outcome",
    fieldReviewNote: "Note",
    reviewNotePlaceholder: "if dropped: why",
    notesTitle: "Notes of the meeting",
    exportTitle: "Export the minutes",
    calendarTitle: "Export the calendar (.ics)",
    fieldPath: "File or folder",
    pathPlaceholder: "leave empty: the store's exports folder",
    itemAdded: { "added agenda item “\($0)”" },
    itemEdited: { "edited agenda item “\($0)”" },
    itemDeleted: { "deleted agenda item “\($0)”" },
    itemMoved: { "moved agenda item “\($0)”" },
    attendanceSet: { name, label in "\(name): \(label)" },
    agreementAdded: { "added agreement \($0)" },
    agreementEdited: { "agreement \($0) corrected" },
    agreementDeleted: { "agreement \($0) deleted" },
    agreementReviewed: { number, outcome in "agreement \(number): \(outcome)" },
    notesEdited: "edited the notes of the meeting",
    confirmDeleteItem: { "Delete agenda item “\($0)”?" },
    confirmDeleteAgreement: { number, text in
      "Delete agreement \(number) (“\(text)”)? u brings it back."
    },
    agreementKept: { number, closed in
      closed
        ? "Agreement \(number) was followed up and closed; it stays in the minutes."
        : "Agreement \(number) was followed up, so it stays. Drop it with c and a reason."
    },
    exported: { "Saved to \($0)" },
    replaceExport: { "\($0) exists already. Replace it?" },
    replaceExportTitle: "Replace the file?",
    keySection: "section",
    keyPreviousSection: "previous section",
    keyReorder: "move item",
    keyExport: "minutes",
    keyCycle: "change",
    keySetAttendance: "mark",
    keyClearAttendance: "not recorded",
    keyRestPresent: "rest present",
    everyoneRecorded: "Everyone is recorded already.",
    restMarkedPresent: { $0 == 1 ? "1 person marked present" : "\($0) people marked present" },
    keyReview: "follow up",
    attendanceLegend:
      "✓ present (late too) · ✗ absent · – excused · · not recorded. p, l, a or e records present, late, absent or excused and goes to the next person; P marks everyone not recorded yet present; Space changes; - clears."
  )
}
