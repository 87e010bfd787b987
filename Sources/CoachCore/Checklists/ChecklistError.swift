/// What stops an answer or a template change, said to a teacher or a coach.
public enum ChecklistError: Error, Equatable, Sendable {
  case notTakingPart(String)
  case nothingAnswered
  case answerDoesNotFit(question: LocalizedText)
  case unknownChecklist(String, known: [String])
  case emptyQuestion
  case emptyTitle
  case tooManyQuestions(Int)
  case noQuestions
  // Editing the coach's playbook.
  case builtinNotEditable(String)
  case invalidID(String)
  case idTaken(String)
  case noSuchQuestion(Int, count: Int)
  case unknownProtocol(String, known: [String])
  case emptyName
  case emptyStep
  case noSuchStep(Int, count: Int)
  case minutesOutOfRange(Int)
  case tooManySteps(Int)
  case noSteps

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .notTakingPart(let name):
      return nl
        ? "\(name) neemt geen deel meer en kan deze lijst niet invullen."
        : "\(name) no longer takes part and cannot fill in this checklist."
    case .nothingAnswered:
      return nl ? "Beantwoord minstens één vraag." : "Answer at least one question."
    case .answerDoesNotFit(let question):
      return nl
        ? "Dat antwoord past niet bij de vraag “\(question(.nl))”."
        : "That answer does not fit the question “\(question(.en))”."
    case .unknownChecklist(let name, let known):
      return nl
        ? "Er is geen vragenlijst “\(name)”. Kies uit: \(known.joined(separator: ", "))."
        : "There is no checklist “\(name)”. Choose from: \(known.joined(separator: ", "))."
    case .emptyQuestion:
      return nl ? "Schrijf de vraag." : "Write the question."
    case .emptyTitle:
      return nl ? "Geef de vragenlijst een titel." : "Give the checklist a title."
    case .tooManyQuestions(let limit):
      return nl
        ? "Een vragenlijst heeft hoogstens \(limit) vragen."
        : "A checklist has at most \(limit) questions."
    case .noQuestions:
      return nl
        ? "Een vragenlijst heeft minstens één vraag."
        : "A checklist needs at least one question."
    default:
      return playbookMessage(language) ?? String(describing: self)
    }
  }
}
