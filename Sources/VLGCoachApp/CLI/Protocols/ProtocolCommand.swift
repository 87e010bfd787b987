import ArgumentParser
import CoachCore

/// `vlgcoach protocol …`: the timed discussion protocols, builtin and the coach's own.
struct ProtocolCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "protocol",
    abstract: "List, copy and change the discussion protocols.",
    subcommands: [List.self, Copy.self, Edit.self])

  /// A protocol's line and its numbered steps.
  static func text(_ method: DiscussionProtocol, own: Bool, language: Language) -> String {
    let strings = PlaybookStrings.forLanguage(language)
    let heading = strings.protocolLine(
      method.id, method.name(language), method.totalMinutes, method.steps.count, own)
    let steps = method.steps.enumerated().map { index, step in
      "  " + strings.stepLine(index + 1, step.title(language), step.who(language), step.minutes)
    }
    return ([heading] + steps).joined(separator: "\n")
  }
}

extension ProtocolCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the protocols (builtin, then your own) with their steps.")
    @OptionGroup var options: StoreOptions

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let playbook = context.readablePlaybook()
        let own = Set(playbook.protocols.map(\.id))
        print(
          playbook.allProtocols.map {
            ProtocolCommand.text($0, own: own.contains($0.id), language: context.language)
          }.joined(separator: "\n"))
      }
    }
  }

  struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy a protocol (builtin or own) into your playbook, to change it there.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The protocol: its id, or its name (or a unique part of it).")
    var name: String
    @Option(help: "The copy's id: lowercase letters, digits and dashes.") var id: String
    @Option(name: .customLong("name"), help: "The copy's name.") var newName: String

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let store = try context.store()
        var playbook = try store.readPlaybook()
        let source = try playbook.discussionProtocol(named: name, language: context.language)
        let copy = try playbook.copyProtocol(source, id: id, name: newName)
        try store.savePlaybook(playbook)
        let strings = PlaybookStrings.forLanguage(context.language)
        print(strings.copied(strings.protocolKind, copy.id, source.name(context.language)))
        print(ProtocolCommand.text(copy, own: true, language: context.language))
      }
    }
  }
}
