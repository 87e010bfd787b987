import CoachCore

/// The texts of `vlgcoach checklist`, one instance per language; a missing translation is a
/// compile error, because each instance must fill every field.
struct ChecklistStrings: Sendable {
  // checklist list
  let checklistLine:
    @Sendable (_ id: String, _ title: String, _ version: Int, _ questions: Int) -> String
  let notAnsweredYet: String
  let roundLine:
    @Sendable (_ day: String, _ meeting: Int?, _ answers: Int, _ anonymous: Bool) -> String
  // checklist results
  let noRounds: @Sendable (_ community: String) -> String
  let roundHeading:
    @Sendable (_ title: String, _ day: String, _ meeting: Int?, _ answers: Int) -> String
  let mean: @Sendable (_ value: String, _ answered: Int) -> String
  let shareOfYes: @Sendable (_ value: String, _ answered: Int) -> String
  let nobodyAnswered: String
  let noTexts: String
  let notAnswered: @Sendable (_ names: [String]) -> String
  let anonymous: String
  let trend: @Sendable (_ title: String) -> String

  static func forLanguage(_ language: Language) -> ChecklistStrings {
    language == .nl ? dutch : english
  }

  static let dutch = ChecklistStrings(
    checklistLine: { id, title, version, questions in
      "\(id) · \(title) · versie \(version) · \(questions) \(questions == 1 ? "vraag" : "vragen")"
    },
    notAnsweredYet: "nog niet ingevuld",
    roundLine: { day, meeting, answers, anonymous in
      [
        day, meeting.map { "bijeenkomst \($0)" },
        "\(answers) \(answers == 1 ? "antwoord" : "antwoorden")",
        anonymous ? "anoniem" : "met naam",
      ].compactMap { $0 }.joined(separator: " · ")
    },
    noRounds: { "\($0) heeft nog geen antwoorden op vragenlijsten." },
    roundHeading: { title, day, meeting, answers in
      [
        title, day, meeting.map { "bijeenkomst \($0)" },
        "\(answers) \(answers == 1 ? "antwoord" : "antwoorden")",
      ].compactMap { $0 }.joined(separator: " · ")
    },
    mean: { "gemiddelde \($0) (\($1) \($1 == 1 ? "antwoord" : "antwoorden"))" },
    shareOfYes: { "\($0) ja (\($1) \($1 == 1 ? "antwoord" : "antwoorden"))" },
    nobodyAnswered: "nog niemand beantwoordde deze vraag",
    noTexts: "geen antwoorden",
    notAnswered: {
      $0.isEmpty
        ? "Iedereen heeft geantwoord." : "Nog niet geantwoord: " + $0.joined(separator: ", ")
    },
    anonymous: "Anoniem: wie (nog) niet antwoordde, is niet bekend.",
    trend: { "Verloop van “\($0)” (gemiddelde per ronde, de oudste eerst)" }
  )

  static let english = ChecklistStrings(
    checklistLine: { id, title, version, questions in
      "\(id) · \(title) · version \(version) · \(questions) \(questions == 1 ? "question" : "questions")"
    },
    notAnsweredYet: "not answered yet",
    roundLine: { day, meeting, answers, anonymous in
      [
        day, meeting.map { "meeting \($0)" }, "\(answers) \(answers == 1 ? "answer" : "answers")",
        anonymous ? "anonymous" : "with names",
      ].compactMap { $0 }.joined(separator: " · ")
    },
    noRounds: { "\($0) has no checklist answers yet." },
    roundHeading: { title, day, meeting, answers in
      [
        title, day, meeting.map { "meeting \($0)" },
        "\(answers) \(answers == 1 ? "answer" : "answers")",
      ].compactMap { $0 }.joined(separator: " · ")
    },
    mean: { "mean \($0) (\($1) \($1 == 1 ? "answer" : "answers"))" },
    shareOfYes: { "\($0) yes (\($1) \($1 == 1 ? "answer" : "answers"))" },
    nobodyAnswered: "nobody has answered this question yet",
    noTexts: "no answers",
    notAnswered: {
      $0.isEmpty ? "Everyone has answered." : "Not answered yet: " + $0.joined(separator: ", ")
    },
    anonymous: "Anonymous: who has (not) answered is not known.",
    trend: { "Trend of “\($0)” (mean per round, oldest first)" }
  )
}
