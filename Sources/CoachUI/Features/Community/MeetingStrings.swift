/// The texts of the meetings part of the program, one instance per language.
public struct MeetingStrings: Sendable {
  public let tab: String
  public let none: String
  public let newMeeting: String
  public let fieldTime: String
  public let fieldPlace: String
  public let timePlaceholder: String
  public let columnNumber: String
  public let columnDate: String
  public let columnPlace: String
  public let columnAgenda: String
  public let columnAttendance: String
  public let columnReview: String
  public let agendaItems: @Sendable (Int, Int) -> String
  public let attended: @Sendable (Int, Int) -> String
  public let toReview: @Sendable (Int) -> String
  public let planned: @Sendable (Int, String) -> String
  public let deleted: @Sendable (Int) -> String
  public let confirmDelete: @Sendable (Int, String) -> String
  public let keyPlan: String

  public static let dutch = MeetingStrings(
    tab: "Bijeenkomsten",
    none: "Nog geen bijeenkomsten. Druk op a om er een te plannen.",
    newMeeting: "Nieuwe bijeenkomst",
    fieldTime: "Uur",
    fieldPlace: "Plaats",
    timePlaceholder: "UU:MM",
    columnNumber: "Nr",
    columnDate: "Datum",
    columnPlace: "Plaats",
    columnAgenda: "Agenda",
    columnAttendance: "Aanwezig",
    columnReview: "Op te volgen",
    agendaItems: { count, minutes in "\(count) punten, \(minutes)′" },
    attended: { present, total in "\(present) van \(total)" },
    toReview: { $0 == 1 ? "1 afspraak" : "\($0) afspraken" },
    planned: { number, day in "bijeenkomst \(number) gepland op \(day)" },
    deleted: { "bijeenkomst \($0) verwijderd" },
    confirmDelete: { number, day in "Bijeenkomst \(number) van \(day) verwijderen?" },
    keyPlan: "plan"
  )

  public static let english = MeetingStrings(
    tab: "Meetings",
    none: "No meetings yet. Press a to plan one.",
    newMeeting: "New meeting",
    fieldTime: "Time",
    fieldPlace: "Place",
    timePlaceholder: "HH:MM",
    columnNumber: "No",
    columnDate: "Date",
    columnPlace: "Place",
    columnAgenda: "Agenda",
    columnAttendance: "Present",
    columnReview: "To follow up",
    agendaItems: { count, minutes in "\(count) items, \(minutes)′" },
    attended: { present, total in "\(present) of \(total)" },
    toReview: { $0 == 1 ? "1 agreement" : "\($0) agreements" },
    planned: { number, day in "planned meeting \(number) on \(day)" },
    deleted: { "deleted meeting \($0)" },
    confirmDelete: { number, day in "Delete meeting \(number) of \(day)?" },
    keyPlan: "plan"
  )
}
