/// The texts of the live meeting mode. Few and short words: they are read from the back
/// of a room, on a projector.
public struct LiveStrings: Sendable {
  /// “Bijeenkomst 3 · VLG Handel Kempen · di 8 dec”: number, community, day.
  public let title: @Sendable (Int, String, String) -> String
  public let agenda: String
  public let noAgenda: String
  public let noNotesYet: String
  /// “Stap 2/6 · Verduidelijkende vragen (de groep) · nog 3′”.
  public let protocolStep: @Sendable (Int, Int, String, String, Int) -> String
  public let protocolDone: String
  public let decision: String
  public let agreement: String
  public let toReview: String
  /// How far the current item runs over its planned minutes: “4′ over tijd”.
  public let overrun: @Sendable (Int) -> String
  public let duration: @Sendable (Int, Int) -> String
  /// The panel's heading: present (late included) of members.
  public let attendance: @Sendable (Int, Int) -> String
  public let late: String
  public let absent: String
  public let excused: String

  public let keyStart: String
  public let keyNext: String
  public let keyPrevious: String
  public let keyNote: String
  public let keyDecision: String
  public let keyAgreement: String
  public let keyFollowUp: String
  public let keyAttendance: String
  public let keyDone: String
  public let keyClosePanel: String
  public let keyEnd: String
  public let keyExportMinutes: String
  public let keyPlanNext: String

  public let noteTitle: @Sendable (String) -> String
  public let decisionTitle: @Sendable (String) -> String
  public let reviewTitle: String
  public let fieldWhich: String
  public let nothingOpenToReview: String
  public let fieldNote: String
  public let fieldDecision: String
  public let writeSomething: String

  public let started: @Sendable (String) -> String
  public let movedTo: @Sendable (String) -> String
  public let finished: String
  public let meetingEnded: String
  public let endedTitle: String
  public let endedText: @Sendable (Int, String) -> String
  public let takesPlaceToday: @Sendable (Int, String, String) -> String
  /// The title of that question.
  public let takesPlaceTodayTitle: String
  public let atFirstItem: String
  public let atLastItem: String
  public let noteAdded: String
  public let decisionAdded: String
  public let agreementAdded: @Sendable (Int) -> String
  public let attendanceSet: @Sendable (String, String) -> String
  public let attendanceCleared: @Sendable (String) -> String

  public static let dutch = LiveStrings(
    title: { number, community, day in "Bijeenkomst \(number) · \(community) · \(day)" },
    agenda: "Agenda",
    noAgenda: "Deze bijeenkomst heeft nog geen agendapunten.",
    noNotesYet: "t notitie · b besluit · h afspraak",
    protocolStep: { step, steps, title, who, left in
      "Stap \(step)/\(steps) · \(title) (\(who)) · nog \(left)′"
    },
    protocolDone: "Alle stappen van het protocol zijn om",
    decision: "Besluit",
    agreement: "Afspraak",
    toReview: "Op te volgen",
    overrun: { "\($0)′ over tijd" },
    duration: { hours, minutes in
      hours == 0 ? "\(minutes) min" : "\(hours) u " + (minutes < 10 ? "0" : "") + "\(minutes)"
    },
    attendance: { present, total in "Aanwezig \(present) van \(total)" },
    late: "te laat",
    absent: "afwezig",
    excused: "verontschuldigd",
    keyStart: "live",
    keyNext: "volgende",
    keyPrevious: "vorig",
    keyNote: "notitie",
    keyDecision: "besluit",
    keyAgreement: "afspraak",
    keyFollowUp: "opvolgen",
    keyAttendance: "aanwezig",
    keyDone: "terug",
    keyClosePanel: "sluit paneel",
    keyEnd: "afsluiten",
    keyExportMinutes: "verslag maken",
    keyPlanNext: "volgende plannen",
    noteTitle: { "Notitie in het verslag · \($0)" },
    decisionTitle: { "Besluit bij \($0)" },
    reviewTitle: "Afspraak opvolgen",
    fieldWhich: "Welke",
    nothingOpenToReview: "Geen open afspraken om op te volgen in deze bijeenkomst.",
    fieldNote: "Notitie",
    fieldDecision: "Besluit",
    writeSomething: "Typ eerst iets, of Esc om te annuleren.",
    started: { "gestart met \($0)" },
    movedTo: { "nu: \($0)" },
    finished: "agenda afgewerkt",
    meetingEnded: "De bijeenkomst is afgesloten.",
    endedTitle: "Bijeenkomst afgesloten",
    endedText: { number, time in "Bijeenkomst \(number) is afgesloten na \(time)." },
    takesPlaceToday: { number, planned, today in
      "Bijeenkomst \(number) staat gepland op \(planned). Vindt ze vandaag (\(today)) plaats? Dan wordt ze naar vandaag verplaatst."
    },
    takesPlaceTodayTitle: "Bijeenkomst vandaag?",
    atFirstItem: "Dit is het eerste punt.",
    atLastItem: "Dit is het laatste punt.",
    noteAdded: "notitie in het verslag gezet",
    decisionAdded: "besluit toegevoegd",
    agreementAdded: { "afspraak \($0) toegevoegd" },
    attendanceSet: { name, attendance in "\(name): \(attendance)" },
    attendanceCleared: { "\($0): niet genoteerd" }
  )

  public static let english = LiveStrings(
    title: { number, community, day in "Meeting \(number) · \(community) · \(day)" },
    agenda: "Agenda",
    noAgenda: "This meeting has no agenda items yet.",
    noNotesYet: "t note · b decision · h agreement",
    protocolStep: { step, steps, title, who, left in
      "Step \(step)/\(steps) · \(title) (\(who)) · \(left)′ left"
    },
    protocolDone: "Every step of the protocol has had its time",
    decision: "Decision",
    agreement: "Agreement",
    toReview: "To follow up",
    overrun: { "\($0)′ over time" },
    duration: { hours, minutes in
      hours == 0 ? "\(minutes) min" : "\(hours) h " + (minutes < 10 ? "0" : "") + "\(minutes)"
    },
    attendance: { present, total in "Present \(present) of \(total)" },
    late: "late",
    absent: "absent",
    excused: "excused",
    keyStart: "live",
    keyNext: "next item",
    keyPrevious: "previous",
    keyNote: "note",
    keyDecision: "decision",
    keyAgreement: "agreement",
    keyFollowUp: "follow up",
    keyAttendance: "attendance",
    keyDone: "back",
    keyClosePanel: "close panel",
    keyEnd: "end meeting",
    keyExportMinutes: "write the minutes",
    keyPlanNext: "plan the next one",
    noteTitle: { "Note in the minutes · \($0)" },
    decisionTitle: { "Decision on \($0)" },
    reviewTitle: "Follow up an agreement",
    fieldWhich: "Which",
    nothingOpenToReview: "No open agreements to follow up in this meeting.",
    fieldNote: "Note",
    fieldDecision: "Decision",
    writeSomething: "Type something first, or Esc to cancel.",
    started: { "started with \($0)" },
    movedTo: { "now: \($0)" },
    finished: "agenda done",
    meetingEnded: "The meeting has ended.",
    endedTitle: "Meeting ended",
    endedText: { number, time in "Meeting \(number) has ended after \(time)." },
    takesPlaceToday: { number, planned, today in
      "Meeting \(number) is planned for \(planned). Is it taking place today (\(today))? Then it moves to today."
    },
    takesPlaceTodayTitle: "Meeting today?",
    atFirstItem: "This is the first item.",
    atLastItem: "This is the last item.",
    noteAdded: "note added to the minutes",
    decisionAdded: "decision added",
    agreementAdded: { "agreement \($0) added" },
    attendanceSet: { name, attendance in "\(name): \(attendance)" },
    attendanceCleared: { "\($0): not recorded" }
  )
}
