import CoachCore
import Foundation

extension Reducer {
  /// A playbook form: the change made with CoachPlaybook's operations on the saved playbook,
  /// then saved; the state changes only once the save succeeded (`.playbookSaved`).
  static func applyPlaybookForm(
    _ purpose: PlaybookForm, _ form: FormState, _ state: inout AppState
  ) throws -> [Effect] {
    var playbook = state.playbook
    do {
      try change(&playbook, purpose, form, state.language)
    } catch let error as ChecklistError {
      throw FormInputError(message: error.message(state.language))
    }
    selectAdded(purpose, playbook, &state)
    return [.savePlaybook(playbook)]
  }

  /// A new question or step is selected (shown once the save succeeded).
  private static func selectAdded(
    _ purpose: PlaybookForm, _ playbook: CoachPlaybook, _ state: inout AppState
  ) {
    guard case .playbook(var screen) = state.route else { return }
    switch purpose {
    case .addQuestion(let id, let number):
      let count = playbook.checklists.first { $0.id == id }?.questions.count ?? 1
      screen.itemSelection = (number ?? count) - 1
    case .addStep(let id):
      screen.itemSelection = (playbook.protocols.first { $0.id == id }?.steps.count ?? 1) - 1
    default: return
    }
    setRoute(.playbook(screen), &state)
  }

  private static func change(
    _ playbook: inout CoachPlaybook, _ purpose: PlaybookForm, _ form: FormState,
    _ language: Language
  ) throws {
    switch purpose {
    case .copyChecklist(let id):
      guard let template = playbook.catalog.template(withID: id) else { return }
      try playbook.copyChecklist(template, id: form.value(.identifier), title: form.value(.title))
    case .copyProtocol(let id):
      guard let method = playbook.allProtocols.first(where: { $0.id == id }) else { return }
      try playbook.copyProtocol(method, id: form.value(.identifier), name: form.value(.name))
    case .addQuestion(let id, let number):
      let kinds = ChecklistTemplate.Answer.allCases
      let kind = kinds[min(form.choice(.kind), kinds.count - 1)]
      try playbook.editChecklist(id, [.add(form.value(.text), kind, at: number)])
    case .rewordQuestion(let id, let number):
      try playbook.editChecklist(id, [.text(number, form.value(.text))])
    case .addStep(let id):
      let minutes = try minutes(form, language)
      try playbook.editProtocol(
        id, [.add(title: form.value(.title), minutes: minutes, who: form.value(.who))])
    case .editStep(let id, let number):
      let minutes = try minutes(form, language)
      try playbook.editProtocol(
        id,
        [
          .title(number, form.value(.title)), .who(number, form.value(.who)),
          .minutes(number, minutes),
        ])
    }
  }

  private static func minutes(_ form: FormState, _ language: Language) throws -> Int {
    let text = TextCleaning.line(form.value(.minutes))
    guard let minutes = Int(text) else {
      throw FormInputError(message: PlaybookStrings.of(language).minutesNotNumber(text))
    }
    return minutes
  }
}
