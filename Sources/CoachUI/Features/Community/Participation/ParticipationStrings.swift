/// The texts of the participation view on the members tab.
public struct ParticipationStrings: Sendable {
  public let keyShow: String
  public let keyHide: String
  public let columnLastMeetings: @Sendable (Int) -> String
  public let columnAll: String
  public let columnLastThree: String
  public let columnExcused: String
  public let columnAbsent: String
  public let columnAgreements: String
  public let agreements: @Sendable (Int, Int, Int) -> String
  public let bySchool: String
  public let noSchool: String
  public let teachers: @Sendable (Int) -> String
  public let absentThreeInARow: @Sendable (String, Int) -> String
  public let legend: String
  public let noMeetingsYet: String
  public let fieldReason: String
  public let reasonPlaceholder: String
  public let fieldInternalCoach: String
  public let internalCoachChoices: [String]
  public let internalCoach: String

  public static let dutch = ParticipationStrings(
    keyShow: "deelname",
    keyHide: "lijst",
    columnLastMeetings: { "laatste \($0)" },
    columnAll: "alles",
    columnLastThree: "laatste 3",
    columnExcused: "veront.",
    columnAbsent: "afw.",
    columnAgreements: "afspraken",
    agreements: { owned, done, carried in
      "\(done)/\(owned) klaar" + (carried == 0 ? "" : ", \(carried) overgedragen")
    },
    bySchool: "Per school",
    noSchool: "zonder school",
    teachers: { $0 == 1 ? "1 lid" : "\($0) leden" },
    absentThreeInARow: { name, count in "⚠ \(name) was \(count) bijeenkomsten na elkaar afwezig" },
    legend: "█ aanwezig  ▆ te laat  – verontschuldigd  ▁ afwezig  · niet genoteerd",
    noMeetingsYet: "Nog geen bijeenkomst met aanwezigheden: hier komt de deelname.",
    fieldReason: "Reden",
    reasonPlaceholder: "waarom gestopt of anders",
    fieldInternalCoach: "Interne coach",
    internalCoachChoices: ["nee", "ja (fase 5)"],
    internalCoach: "interne coach"
  )

  public static let english = ParticipationStrings(
    keyShow: "participation",
    keyHide: "list",
    columnLastMeetings: { "last \($0)" },
    columnAll: "all",
    columnLastThree: "last 3",
    columnExcused: "exc.",
    columnAbsent: "abs.",
    columnAgreements: "agreements",
    agreements: { owned, done, carried in
      "\(done)/\(owned) done" + (carried == 0 ? "" : ", \(carried) carried over")
    },
    bySchool: "By school",
    noSchool: "no school",
    teachers: { $0 == 1 ? "1 member" : "\($0) members" },
    absentThreeInARow: { name, count in "⚠ \(name) was absent \(count) meetings in a row" },
    legend: "█ present  ▆ late  – excused  ▁ absent  · not recorded",
    noMeetingsYet: "No meeting with attendance yet: participation shows here.",
    fieldReason: "Reason",
    reasonPlaceholder: "why stopped or different",
    fieldInternalCoach: "Internal coach",
    internalCoachChoices: ["no", "yes (phase 5)"],
    internalCoach: "internal coach"
  )
}
