import CoachCore

/// The rows the view draws: text on the left, facts on the right.
enum PlaybookRows {
  static func list(_ screen: PlaybookScreen, _ context: PlaybookContext) -> [PlaybookView.Row] {
    let p = PlaybookStrings.of(context.language)
    let language = context.language
    switch screen.section {
    case .checklists:
      return context.checklists.map { template in
        (template.title(language), checklistMark(template, context, p))
      }
    case .protocols:
      return context.protocols.map { method in
        (method.name(language), context.isOwnProtocol(method.id) ? p.own : p.builtin)
      }
    }
  }

  /// The open one's questions (“1. … scale 1–5”) or steps (“1. … who · 10 min”).
  static func items(_ screen: PlaybookScreen, _ context: PlaybookContext) -> [PlaybookView.Row] {
    let p = PlaybookStrings.of(context.language)
    let language = context.language
    if let template = screen.selectedChecklist(context) {
      return template.questions.enumerated().map { index, question in
        ("\(index + 1). " + question.text(language), kind(question.answer, p))
      }
    }
    let steps = screen.selectedProtocol(context)?.steps ?? []
    return steps.enumerated().map { index, step in
      (
        "\(index + 1). " + step.title(language),
        step.who(language) + " · " + p.minutes(step.minutes)
      )
    }
  }

  /// “Meeting evaluation · playbook” or “Our evaluation · own · version 3”.
  static func heading(_ screen: PlaybookScreen, _ context: PlaybookContext) -> String {
    let p = PlaybookStrings.of(context.language)
    if let template = screen.selectedChecklist(context) {
      return template.title(context.language) + " · " + checklistMark(template, context, p)
    }
    guard let method = screen.selectedProtocol(context) else { return "" }
    let mark = context.isOwnProtocol(method.id) ? p.own : p.builtin
    return method.name(context.language) + " · " + mark
  }

  static func kind(_ answer: ChecklistTemplate.Answer, _ p: PlaybookStrings) -> String {
    let index = ChecklistTemplate.Answer.allCases.firstIndex(of: answer) ?? 0
    return p.kinds.indices.contains(index) ? p.kinds[index] : answer.rawValue
  }

  private static func checklistMark(
    _ template: ChecklistTemplate, _ context: PlaybookContext, _ p: PlaybookStrings
  ) -> String {
    context.isOwnChecklist(template.id) ? p.own + " · " + p.version(template.version) : p.builtin
  }
}
