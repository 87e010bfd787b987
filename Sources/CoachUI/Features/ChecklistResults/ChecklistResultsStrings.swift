import CoachCore

/// The words of the checklist results screen, one instance per language.
struct ChecklistResultsStrings: Sendable {
  let title: String
  /// The community screen's key to this screen.
  let keyOpen: String
  let keyShow: String
  let empty: String
  let answers: @Sendable (_ count: Int) -> String
  let anonymous: String
  let meeting: @Sendable (_ number: Int) -> String
  let notAnswered: @Sendable (_ names: [String]) -> String
  let anonymousRound: String
  let mean: @Sendable (_ value: String) -> String
  let shareOfYes: @Sendable (_ value: String) -> String
  let answered: @Sendable (_ count: Int) -> String
  let nobodyAnswered: String
  let noTexts: String
  let trend: String

  static func of(_ language: Language) -> ChecklistResultsStrings {
    switch language {
    case .nl: .dutch
    case .en: .english
    }
  }

  static let dutch = ChecklistResultsStrings(
    title: "Vragenlijsten",
    keyOpen: "vragenlijsten",
    keyShow: "toon",
    empty:
      "Leraren vullen vragenlijsten in op de gedeelde terminal (k); de resultaten verschijnen hier.",
    answers: { $0 == 1 ? "1 antwoord" : "\($0) antwoorden" },
    anonymous: "anoniem",
    meeting: { "bijeenkomst \($0)" },
    notAnswered: {
      $0.isEmpty
        ? "iedereen heeft geantwoord" : "nog niet geantwoord: " + $0.joined(separator: ", ")
    },
    anonymousRound: "anoniem: wie antwoordde, is niet bekend",
    mean: { "gemiddelde \($0)" },
    shareOfYes: { "\($0) ja" },
    answered: { $0 == 1 ? "1 antwoord" : "\($0) antwoorden" },
    nobodyAnswered: "nog niemand beantwoordde deze vraag",
    noTexts: "geen antwoorden",
    trend: "verloop"
  )

  static let english = ChecklistResultsStrings(
    title: "Checklists",
    keyOpen: "checklists",
    keyShow: "show",
    empty: "Teachers fill in checklists at the shared terminal (k); the results appear here.",
    answers: { $0 == 1 ? "1 answer" : "\($0) answers" },
    anonymous: "anonymous",
    meeting: { "meeting \($0)" },
    notAnswered: {
      $0.isEmpty ? "everyone has answered" : "not answered yet: " + $0.joined(separator: ", ")
    },
    anonymousRound: "anonymous: who answered is not known",
    mean: { "mean \($0)" },
    shareOfYes: { "\($0) yes" },
    answered: { $0 == 1 ? "1 answer" : "\($0) answers" },
    nobodyAnswered: "nobody has answered this question yet",
    noTexts: "no answers",
    trend: "trend"
  )
}
