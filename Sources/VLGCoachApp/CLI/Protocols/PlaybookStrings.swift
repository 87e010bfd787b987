import CoachCore

/// The texts of `checklist copy|edit` and `protocol …`, one instance per language.
struct PlaybookStrings: Sendable {
  let copied: @Sendable (_ kind: String, _ id: String, _ from: String) -> String
  let checklistKind: String
  let protocolKind: String
  let answerKind: @Sendable (ChecklistTemplate.Answer) -> String
  let protocolLine:
    @Sendable (_ id: String, _ name: String, _ minutes: Int, _ steps: Int, _ own: Bool) -> String
  let stepLine: @Sendable (_ number: Int, _ title: String, _ who: String, _ minutes: Int) -> String
  let everyone: String

  static func forLanguage(_ language: Language) -> PlaybookStrings {
    language == .nl ? dutch : english
  }

  static let dutch = PlaybookStrings(
    copied: { kind, id, from in "\(kind) “\(from)” gekopieerd als \(id)." },
    checklistKind: "Vragenlijst",
    protocolKind: "Protocol",
    answerKind: {
      switch $0 {
      case .yesNo: "ja/nee"
      case .scale: "schaal 1–5"
      case .shortText: "tekst"
      }
    },
    protocolLine: { id, name, minutes, steps, own in
      "\(id) · \(name) · \(minutes) min · \(steps) \(steps == 1 ? "stap" : "stappen")"
        + (own ? " · eigen" : "")
    },
    stepLine: { number, title, who, minutes in "\(number). \(title) · \(who) · \(minutes) min" },
    everyone: "iedereen"
  )

  static let english = PlaybookStrings(
    copied: { kind, id, from in "\(kind) “\(from)” copied as \(id)." },
    checklistKind: "Checklist",
    protocolKind: "Protocol",
    answerKind: {
      switch $0 {
      case .yesNo: "yes/no"
      case .scale: "scale 1–5"
      case .shortText: "text"
      }
    },
    protocolLine: { id, name, minutes, steps, own in
      "\(id) · \(name) · \(minutes) min · \(steps) \(steps == 1 ? "step" : "steps")"
        + (own ? " · own" : "")
    },
    stepLine: { number, title, who, minutes in "\(number). \(title) · \(who) · \(minutes) min" },
    everyone: "everyone"
  )
}

/// Words on the command line of `checklist edit` and `protocol edit` that do not fit.
enum PlaybookInputError: CommandLineSentence, Equatable {
  case unknownKind(String)
  case incomplete(String)
  case nothingToChange

  func sentence(_ language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .unknownKind(let kind):
      return nl
        ? "“\(kind)” is geen soort vraag; kies yesno, scale of text."
        : "“\(kind)” is no kind of question; choose yesno, scale or text."
    case .incomplete(let hint):
      return nl ? "Onvolledig: \(hint)." : "Incomplete: \(hint)."
    case .nothingToChange:
      return nl ? "Zeg wat er verandert (zie --help)." : "Say what changes (see --help)."
    }
  }
}
