/// The texts of the follow-up screen.
public struct FollowUpStrings: Sendable {
  public let titleAll: String
  public let titleOne: @Sendable (String) -> String
  public let nothingOpen: String
  public let byOwner: String
  public let byDue: String
  public let dueMeeting: @Sendable (Int, String) -> String
  public let dueDay: @Sendable (String) -> String
  public let notPlanned: String
  public let overdue: String
  public let carriedOver: @Sendable (Int) -> String
  public let keyFollowUp: String
  public let keyGrouping: String
  /// “3 open afspraken, 1 te laat”, for the home screen.
  public let summary: @Sendable (Int, Int) -> String
  public let nextMeeting: @Sendable (String) -> String
  public let noMeetingPlanned: String
  /// While the communities' open agreements are being read: “12 of 200 read”.
  public let reading: @Sendable (Int, Int) -> String

  public static let dutch = FollowUpStrings(
    titleAll: "Op te volgen vóór de volgende bijeenkomst",
    titleOne: { "Op te volgen · \($0)" },
    nothingOpen: "Geen open afspraken: alles is opgevolgd.",
    byOwner: "per persoon",
    byDue: "per datum",
    dueMeeting: { number, day in "tegen bijeenkomst \(number), \(day)" },
    dueDay: { "tegen \($0)" },
    notPlanned: "volgende bijeenkomst nog niet gepland",
    overdue: "te laat",
    carriedOver: { "\($0)× overgedragen" },
    keyFollowUp: "opvolging",
    keyGrouping: "groepering",
    summary: { open, late in
      (open == 1 ? "1 afspraak open" : "\(open) afspraken open")
        + (late == 0 ? "" : ", \(late) te laat")
    },
    nextMeeting: { "volgende: \($0)" },
    noMeetingPlanned: "nog geen bijeenkomst gepland",
    reading: { done, all in "\(done) van \(all) gelezen…" }
  )

  public static let english = FollowUpStrings(
    titleAll: "To follow up before the next meeting",
    titleOne: { "To follow up · \($0)" },
    nothingOpen: "No open agreements: everything is followed up.",
    byOwner: "by person",
    byDue: "by due date",
    dueMeeting: { number, day in "by meeting \(number), \(day)" },
    dueDay: { "by \($0)" },
    notPlanned: "next meeting not planned yet",
    overdue: "overdue",
    carriedOver: { "carried over \($0)×" },
    keyFollowUp: "follow-up",
    keyGrouping: "grouping",
    summary: { open, late in
      (open == 1 ? "1 agreement open" : "\(open) agreements open")
        + (late == 0 ? "" : ", \(late) overdue")
    },
    nextMeeting: { "next: \($0)" },
    noMeetingPlanned: "no meeting planned yet",
    reading: { done, all in "\(done) of \(all) read…" }
  )
}
