/// The words of the checklist results document, one instance per language. Dates and
/// "bijeenkomst" come from `ExportStrings`, like in the other documents.
struct ChecklistDocumentStrings: Sendable {
  let title: String
  let noRounds: String
  let meeting: String
  let noMeeting: String
  let answers: String
  /// The sentence under an anonymous round: no names were kept.
  let anonymous: String
  let answer: String
  let count: String
  let bar: String
  let mean: String
  let shareOfYes: String
  let answered: String
  let nobodyAnswered: String
  let noTexts: String
  let trend: String
  let trendExplained: String
  let question: String

  static func of(_ language: Language) -> ChecklistDocumentStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }

  static let dutch = ChecklistDocumentStrings(
    title: "resultaten van de vragenlijsten",
    noRounds: "Er zijn nog geen antwoorden op vragenlijsten.",
    meeting: "Bijeenkomst",
    noMeeting: "los van een bijeenkomst",
    answers: "Antwoorden",
    anonymous: "Anoniem ingevuld.",
    answer: "Antwoord",
    count: "Aantal",
    bar: "Verdeling",
    mean: "Gemiddelde",
    shareOfYes: "Aandeel ja",
    answered: "Beantwoord door",
    nobodyAnswered: "Niemand beantwoordde deze vraag.",
    noTexts: "Geen antwoorden.",
    trend: "Verloop",
    trendExplained:
      "Per vraag het gemiddelde (of het aandeel ja) per ronde, de oudste eerst; — waar de vraag niet gesteld of niet beantwoord werd.",
    question: "Vraag"
  )

  static let english = ChecklistDocumentStrings(
    title: "checklist results",
    noRounds: "No checklist has been answered yet.",
    meeting: "Meeting",
    noMeeting: "not tied to a meeting",
    answers: "Answers",
    anonymous: "Answered anonymously.",
    answer: "Answer",
    count: "Count",
    bar: "Spread",
    mean: "Mean",
    shareOfYes: "Share of yes",
    answered: "Answered by",
    nobodyAnswered: "Nobody answered this question.",
    noTexts: "No answers.",
    trend: "Trend",
    trendExplained:
      "Per question the mean (or the share of yes) per round, oldest first; — where the question was not asked or not answered.",
    question: "Question"
  )
}
