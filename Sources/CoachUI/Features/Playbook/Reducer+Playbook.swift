import CoachCore
import Foundation

extension PlaybookScreen {
  mutating func perform(_ action: PlaybookAction, key: Key, _ context: PlaybookContext)
    -> [ScreenCommand]
  {
    switch action {
    case .back:
      guard openID != nil else { return [.pop] }
      openID = nil
    case .nextSection:
      let sections = Section.allCases
      let index = sections.firstIndex(of: section) ?? 0
      section = sections[(index + 1) % sections.count]
      selection = 0
    case .open:
      openID = selectedChecklist(context)?.id ?? selectedProtocol(context)?.id
      itemSelection = 0
    case .list(let move):
      if let count = itemCount(context) {
        itemSelection =
          move.apply(to: itemSelection, count: count, page: context.listPageSize) ?? itemSelection
      } else {
        selection =
          move.apply(to: selection, count: rowCount(context), page: context.listPageSize)
          ?? selection
      }
    case .copy:
      if let template = selectedChecklist(context) {
        return [.present(.form(Forms.copyChecklist(template, context)))]
      }
      return selectedProtocol(context).map { [.present(.form(Forms.copyProtocol($0, context)))] }
        ?? []
    case .add:
      return form(editing: false, context).map { [.present(.form($0))] } ?? []
    case .edit:
      return form(editing: true, context).map { [.present(.form($0))] } ?? []
    case .remove:
      return change(removing: itemSelection + 1, context)
    case .moveUp:
      return move(up: true, context)
    case .moveDown:
      return move(up: false, context)
    }
    return []
  }

  /// The form of `a` or `e` on the open one's selected question or step.
  private func form(editing: Bool, _ context: PlaybookContext) -> FormState? {
    let number = itemSelection + 1
    if let template = selectedChecklist(context) {
      guard editing else {
        return Forms.addQuestion(
          to: template.id, at: template.questions.isEmpty ? nil : number + 1, context)
      }
      guard template.questions.indices.contains(itemSelection) else { return nil }
      return Forms.rewordQuestion(template, number: number, context)
    }
    guard let method = selectedProtocol(context) else { return nil }
    guard editing else { return Forms.addStep(to: method.id, context) }
    guard method.steps.indices.contains(itemSelection) else { return nil }
    return Forms.editStep(method, number: number, context)
  }

  private mutating func change(removing number: Int, _ context: PlaybookContext)
    -> [ScreenCommand]
  {
    let p = PlaybookStrings.of(context.language)
    if let template = selectedChecklist(context) {
      guard context.isOwnChecklist(template.id), template.questions.indices.contains(number - 1)
      else {
        return save(context) { try $0.editChecklist(template.id, [.remove(number)]) }
      }
      let text = template.questions[number - 1].text(context.language)
      return [
        .present(
          .confirm(
            Confirmation(
              question: p.removeQuestion(number, text),
              action: .removeFromPlaybook(id: template.id, checklist: true, number: number))))
      ]
    }
    guard let method = selectedProtocol(context) else { return [] }
    guard context.isOwnProtocol(method.id), method.steps.indices.contains(number - 1) else {
      return save(context) { try $0.editProtocol(method.id, [.remove(number)]) }
    }
    return [
      .present(
        .confirm(
          Confirmation(
            question: p.removeStep(number, method.steps[number - 1].title(context.language)),
            action: .removeFromPlaybook(id: method.id, checklist: false, number: number))))
    ]
  }

  /// Shift-↑/↓: the question moves one place; the selection goes with it.
  private mutating func move(up: Bool, _ context: PlaybookContext) -> [ScreenCommand] {
    guard let template = selectedChecklist(context) else { return [] }
    let from = itemSelection + 1
    let to = up ? from - 1 : from + 1
    guard to >= 1, to <= template.questions.count else { return [] }
    let commands = save(context) { try $0.editChecklist(template.id, [.move(from, to: to)]) }
    if case .effect = commands.first { itemSelection = to - 1 }
    return commands
  }

  /// Applies `edit` to the saved playbook and asks for the save; a refusal is said.
  private func save(
    _ context: PlaybookContext, _ edit: (inout CoachPlaybook) throws -> Void
  ) -> [ScreenCommand] {
    var playbook = context.playbook
    do {
      try edit(&playbook)
    } catch let error as ChecklistError {
      return [.flash(error.message(context.language))]
    } catch {
      return [.flash(String(describing: error))]
    }
    return [.effect(.savePlaybook(playbook))]
  }
}
