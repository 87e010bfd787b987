import ArgumentParser
import CoachCore
import Foundation

extension ChecklistCommand {
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change your own checklist: each change is its next version.",
      discussion: """
        Questions are numbered from 1 as `checklist edit` and `checklist copy` print them. \
        Given together, the changes apply in this order: --text, --move, --remove, --add. \
        Answers already given keep the questions they were given to.
        """)
    @OptionGroup var options: StoreOptions
    @Argument(help: "Your checklist: its id or its title.") var name: String
    @Option(help: "Add a question with this text.") var add: String?
    @Option(help: "The new question's kind: yesno, scale (1–5) or text.") var kind: String?
    @Option(help: "Where the new question goes (1 is first); default last.") var at: Int?
    @Option(help: "Remove question N.") var remove: Int?
    @Option(help: "Move question N …") var move: Int?
    @Option(help: "… to place M.") var to: Int?
    @Option(parsing: .upToNextOption, help: "N TEXT: the new text of question N.")
    var text: [String] = []

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let edits = try self.edits()
        let store = try context.store()
        var playbook = try store.readPlaybook()
        let template = try playbook.catalog.template(named: name, language: context.language)
        guard playbook.checklists.contains(where: { $0.id == template.id }) else {
          throw ChecklistError.builtinNotEditable(template.title(context.language))
        }
        let next = try playbook.editChecklist(template.id, edits)
        try store.savePlaybook(playbook)
        print(ChecklistEdit.text(next, language: context.language))
      }
    }

    func edits() throws -> [CoachPlaybook.QuestionEdit] {
      var edits: [CoachPlaybook.QuestionEdit] = []
      if !text.isEmpty {
        guard text.count >= 2, let number = Int(text[0]) else {
          throw PlaybookInputError.incomplete("--text N TEXT")
        }
        edits.append(.text(number, text.dropFirst().joined(separator: " ")))
      }
      switch (move, to) {
      case (let from?, let target?): edits.append(.move(from, to: target))
      case (nil, nil): break
      default: throw PlaybookInputError.incomplete("--move N --to M")
      }
      if let remove { edits.append(.remove(remove)) }
      if let add {
        guard let kind else {
          throw PlaybookInputError.incomplete("--add TEXT --kind yesno|scale|text")
        }
        edits.append(.add(add, try ChecklistEdit.kind(kind), at: at))
      } else if kind != nil || at != nil {
        throw PlaybookInputError.incomplete("--add TEXT --kind yesno|scale|text [--at N]")
      }
      guard !edits.isEmpty else { throw PlaybookInputError.nothingToChange }
      return edits
    }
  }
}

/// How `checklist copy|edit` name a kind and print a checklist's version and questions.
enum ChecklistEdit {
  static func kind(_ word: String) throws -> ChecklistTemplate.Answer {
    switch word.lowercased() {
    case "yesno", "yes/no", "janee": .yesNo
    case "scale", "schaal": .scale
    case "text", "tekst": .shortText
    default: throw PlaybookInputError.unknownKind(word)
    }
  }

  static func text(_ template: ChecklistTemplate, language: Language) -> String {
    let strings = PlaybookStrings.forLanguage(language)
    let heading = ChecklistStrings.forLanguage(language).checklistLine(
      template.id, template.title(language), template.version, template.questions.count)
    let questions = template.questions.enumerated().map { index, question in
      "  \(index + 1). \(question.text(language)) (\(strings.answerKind(question.answer)))"
    }
    return ([heading] + questions).joined(separator: "\n")
  }
}
