import ArgumentParser
import CoachCore
import Foundation

extension ChecklistCommand {
  struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy a checklist (builtin or own) into your playbook, to change it there.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The checklist: its id, or its title (or a unique part of it).")
    var name: String
    @Option(help: "The copy's id: lowercase letters, digits and dashes.") var id: String
    @Option(help: "The copy's title.") var title: String

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let store = try context.store()
        var playbook = try store.readPlaybook()
        let source = try playbook.catalog.template(named: name, language: context.language)
        let copy = try playbook.copyChecklist(source, id: id, title: title)
        try store.savePlaybook(playbook)
        let strings = PlaybookStrings.forLanguage(context.language)
        print(strings.copied(strings.checklistKind, copy.id, source.title(context.language)))
        print(ChecklistEdit.text(copy, language: context.language))
      }
    }
  }
}
