import ArgumentParser
import CoachCore

extension ProtocolCommand {
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change your own protocol: a step's minutes, title or who; add or remove a step.",
      discussion: """
        Steps are numbered from 1 as `protocol list` prints them. Change a step with --step N \
        and --minutes, --title or --who; add one at the end with --add-step TITLE --minutes M \
        [--who W]. --step and --add-step go in separate commands.
        """)
    @OptionGroup var options: StoreOptions
    @Argument(help: "Your protocol: its id or its name.") var name: String
    @Option(help: "The step to change.") var step: Int?
    @Option(help: "The step's minutes (1–240).") var minutes: Int?
    @Option(help: "The step's title.") var title: String?
    @Option(help: "Who speaks or works in the step.") var who: String?
    @Option(help: "Add a step with this title at the end.") var addStep: String?
    @Option(help: "Remove step N.") var removeStep: Int?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let edits = try self.edits(everyone: PlaybookStrings.forLanguage(context.language).everyone)
        let store = try context.store()
        var playbook = try store.readPlaybook()
        let method = try playbook.discussionProtocol(named: name, language: context.language)
        guard playbook.protocols.contains(where: { $0.id == method.id }) else {
          throw ChecklistError.builtinNotEditable(method.name(context.language))
        }
        let changed = try playbook.editProtocol(method.id, edits)
        try store.savePlaybook(playbook)
        print(ProtocolCommand.text(changed, own: true, language: context.language))
      }
    }

    func edits(everyone: String) throws -> [CoachPlaybook.StepEdit] {
      var edits: [CoachPlaybook.StepEdit] = []
      switch (step, addStep) {
      case (.some, .some):
        throw PlaybookInputError.incomplete("--step N … | --add-step TITLE --minutes M")
      case (let number?, nil):
        if let minutes { edits.append(.minutes(number, minutes)) }
        if let title { edits.append(.title(number, title)) }
        if let who { edits.append(.who(number, who)) }
        if edits.isEmpty {
          throw PlaybookInputError.incomplete("--step N --minutes M | --title T | --who W")
        }
      case (nil, let added?):
        guard let minutes, title == nil else {
          throw PlaybookInputError.incomplete("--add-step TITLE --minutes M [--who W]")
        }
        edits.append(.add(title: added, minutes: minutes, who: who ?? everyone))
      case (nil, nil):
        if minutes != nil || title != nil || who != nil {
          throw PlaybookInputError.incomplete("--step N")
        }
      }
      if let removeStep { edits.append(.remove(removeStep)) }
      guard !edits.isEmpty else { throw PlaybookInputError.nothingToChange }
      return edits
    }
  }
}
