import Foundation

/// Copying and changing the coach's own checklists. Every change of an own checklist is its
/// next version under the same id, so rounds answered before keep the questions they had.
extension CoachPlaybook {
  /// One change to a checklist's questions; numbers are 1-based, as the coach counts.
  public enum QuestionEdit: Equatable, Sendable {
    case add(String, ChecklistTemplate.Answer, at: Int?)
    case remove(Int)
    case move(Int, to: Int)
    case text(Int, String)
  }

  /// Copies `template` (builtin or own) under a new id and title, as version 1.
  @discardableResult
  public mutating func copyChecklist(_ template: ChecklistTemplate, id rawID: String, title: String)
    throws -> ChecklistTemplate
  {
    let id = try Self.checkedID(rawID)
    guard catalog.template(withID: id) == nil else { throw ChecklistError.idTaken(id) }
    let line = TextCleaning.line(title)
    guard !line.isEmpty else { throw ChecklistError.emptyTitle }
    let copy = ChecklistTemplate(
      id: id, title: LocalizedText(nl: line, en: line), questions: template.questions)
    checklists.append(copy)
    return copy
  }

  /// Applies `edits` in order to the own checklist `id`, making one next version.
  @discardableResult
  public mutating func editChecklist(_ id: String, _ edits: [QuestionEdit]) throws
    -> ChecklistTemplate
  {
    guard let index = checklists.firstIndex(where: { $0.id == id }) else {
      let builtin = ChecklistTemplate.builtin.first { $0.id == id }
      throw ChecklistError.builtinNotEditable(builtin?.title.en ?? id)
    }
    let current = checklists[index]
    var questions = current.questions
    for edit in edits { try Self.apply(edit, to: &questions) }
    guard !questions.isEmpty else { throw ChecklistError.noQuestions }
    let next = current.nextVersion(questions: questions)
    checklists[index] = next
    return next
  }

  static func apply(_ edit: QuestionEdit, to questions: inout [ChecklistTemplate.Question])
    throws
  {
    func checked(_ number: Int, count: Int) throws -> Int {
      guard number >= 1, number <= count else {
        throw ChecklistError.noSuchQuestion(number, count: count)
      }
      return number - 1
    }
    switch edit {
    case .add(let raw, let kind, let position):
      guard questions.count < ChecklistTemplate.questionLimit else {
        throw ChecklistError.tooManyQuestions(ChecklistTemplate.questionLimit)
      }
      let text = TextCleaning.line(raw)
      guard !text.isEmpty else { throw ChecklistError.emptyQuestion }
      let index = try position.map { try checked($0, count: questions.count + 1) }
      let question = ChecklistTemplate.Question(
        id: newQuestionID(in: questions), LocalizedText(nl: text, en: text), kind)
      questions.insert(question, at: index ?? questions.endIndex)
    case .remove(let number):
      questions.remove(at: try checked(number, count: questions.count))
    case .move(let from, let to):
      let source = try checked(from, count: questions.count)
      let target = try checked(to, count: questions.count)
      let question = questions.remove(at: source)
      questions.insert(question, at: target)
    case .text(let number, let raw):
      let index = try checked(number, count: questions.count)
      let text = TextCleaning.line(raw)
      guard !text.isEmpty else { throw ChecklistError.emptyQuestion }
      questions[index].text = LocalizedText(nl: text, en: text)
    }
  }

  /// A new question's id (`q-` and 8 random characters): the trend follows a question by its
  /// id over versions, so a new question must not take the id of one removed before.
  static func newQuestionID(in questions: [ChecklistTemplate.Question]) -> String {
    let used = Set(questions.map(\.id))
    while true {
      let id = "q-" + UUID().uuidString.prefix(8).lowercased()
      if !used.contains(id) { return id }
    }
  }
}
