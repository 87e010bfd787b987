import CoachCore

/// The playbook screen's forms; numbers are 1-based, as CoachPlaybook counts.
public enum PlaybookForm: Equatable, Sendable, Codable {
  case copyChecklist(String)
  case copyProtocol(String)
  /// A new question at `at` (nil: at the end).
  case addQuestion(checklist: String, at: Int?)
  case rewordQuestion(checklist: String, number: Int)
  case addStep(method: String)
  case editStep(method: String, number: Int)
}

extension Forms {
  static func copyChecklist(_ template: ChecklistTemplate, _ context: PlaybookContext) -> FormState
  {
    let p = PlaybookStrings.of(context.language)
    let title = template.title(context.language)
    return FormState(
      purpose: .playbook(.copyChecklist(template.id)), title: p.copyChecklistTitle(title),
      fields: [
        .init(
          id: .identifier, label: p.fieldID, kind: .text(TextField(template.id + "-2")),
          isRequired: true),
        .init(id: .title, label: p.fieldTitle, kind: .text(TextField(title)), isRequired: true),
      ])
  }

  static func copyProtocol(_ method: DiscussionProtocol, _ context: PlaybookContext) -> FormState {
    let p = PlaybookStrings.of(context.language)
    let name = method.name(context.language)
    return FormState(
      purpose: .playbook(.copyProtocol(method.id)), title: p.copyProtocolTitle(name),
      fields: [
        .init(
          id: .identifier, label: p.fieldID, kind: .text(TextField(method.id + "-2")),
          isRequired: true),
        .init(id: .name, label: p.fieldName, kind: .text(TextField(name)), isRequired: true),
      ])
  }

  static func addQuestion(to id: String, at number: Int?, _ context: PlaybookContext)
    -> FormState
  {
    let p = PlaybookStrings.of(context.language)
    return FormState(
      purpose: .playbook(.addQuestion(checklist: id, at: number)), title: p.addQuestionTitle,
      fields: [
        .init(id: .text, label: p.fieldQuestion, kind: .text(TextField("")), isRequired: true),
        .init(id: .kind, label: p.fieldKind, kind: .choice(options: p.kinds, selected: 0)),
      ])
  }

  static func rewordQuestion(
    _ template: ChecklistTemplate, number: Int, _ context: PlaybookContext
  ) -> FormState {
    let p = PlaybookStrings.of(context.language)
    let text = template.questions[number - 1].text(context.language)
    return FormState(
      purpose: .playbook(.rewordQuestion(checklist: template.id, number: number)),
      title: p.rewordTitle,
      fields: [
        .init(id: .text, label: p.fieldQuestion, kind: .text(TextField(text)), isRequired: true)
      ])
  }

  static func addStep(to id: String, _ context: PlaybookContext) -> FormState {
    stepForm(.addStep(method: id), title: "", who: "", minutes: 10, context)
  }

  static func editStep(_ method: DiscussionProtocol, number: Int, _ context: PlaybookContext)
    -> FormState
  {
    let step = method.steps[number - 1]
    let language = context.language
    return stepForm(
      .editStep(method: method.id, number: number), title: step.title(language),
      who: step.who(language), minutes: step.minutes, context)
  }

  private static func stepForm(
    _ purpose: PlaybookForm, title: String, who: String, minutes: Int,
    _ context: PlaybookContext
  ) -> FormState {
    let p = PlaybookStrings.of(context.language)
    var heading = p.editStepTitle
    if case .addStep = purpose { heading = p.addStepTitle }
    return FormState(
      purpose: .playbook(purpose), title: heading,
      fields: [
        .init(id: .title, label: p.fieldStep, kind: .text(TextField(title)), isRequired: true),
        .init(id: .who, label: p.fieldWho, kind: .text(TextField(who)), isRequired: true),
        .init(
          id: .minutes, label: p.fieldMinutes, kind: .text(TextField("\(minutes)")),
          isRequired: true),
      ])
  }
}
