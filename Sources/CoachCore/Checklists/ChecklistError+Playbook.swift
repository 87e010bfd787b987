/// The sentences for changes to the coach's own checklists and protocols.
extension ChecklistError {
  func playbookMessage(_ language: Language) -> String? {
    let nl = language == .nl
    switch self {
    case .builtinNotEditable(let name):
      return nl
        ? "“\(name)” hoort bij vlgcoach en kan niet gewijzigd worden; maak er eerst een kopie van (copy)."
        : "“\(name)” comes with vlgcoach and cannot be changed; copy it first (copy)."
    case .invalidID(let id):
      return nl
        ? "“\(id)” kan geen id zijn: gebruik kleine letters, cijfers en streepjes (hoogstens 40)."
        : "“\(id)” cannot be an id: use lowercase letters, digits and dashes (at most 40)."
    case .idTaken(let id):
      return nl ? "De id “\(id)” is al in gebruik." : "The id “\(id)” is already in use."
    case .noSuchQuestion(let number, let count):
      return nl
        ? "Er is geen vraag \(number); kies 1 tot \(count)."
        : "There is no question \(number); choose 1 to \(count)."
    case .unknownProtocol(let name, let known):
      return nl
        ? "Er is geen gespreksprotocol “\(name)”. Kies uit: \(known.joined(separator: ", "))."
        : "There is no discussion protocol “\(name)”. Choose from: \(known.joined(separator: ", "))."
    case .emptyName:
      return nl ? "Geef het protocol een naam." : "Give the protocol a name."
    case .emptyStep:
      return nl ? "Geef de stap een titel." : "Give the step a title."
    case .noSuchStep(let number, let count):
      return nl
        ? "Er is geen stap \(number); kies 1 tot \(count)."
        : "There is no step \(number); choose 1 to \(count)."
    case .minutesOutOfRange(let minutes):
      return nl
        ? "\(minutes) minuten kan niet: een stap duurt 1 tot \(DiscussionProtocol.stepMinutes.upperBound) minuten."
        : "\(minutes) minutes will not do: a step takes 1 to \(DiscussionProtocol.stepMinutes.upperBound) minutes."
    case .tooManySteps(let limit):
      return nl
        ? "Een protocol heeft hoogstens \(limit) stappen."
        : "A protocol has at most \(limit) steps."
    case .noSteps:
      return nl ? "Een protocol heeft minstens één stap." : "A protocol needs at least one step."
    default:
      return nil
    }
  }
}
