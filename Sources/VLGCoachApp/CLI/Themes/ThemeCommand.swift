import ArgumentParser
import CoachCore
import Foundation

/// `vlgcoach theme …`: what the teachers work on, who, and what came of it.
struct ThemeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "theme",
    abstract: "Add, list and change the themes the teachers work on.",
    subcommands: [Add.self, List.self, Edit.self, Output.self, Moment.self, Subgroup.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a theme.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "Who works on it, by name: A,B.") var members: [String] = []
    @Option(help: "What it is about.") var description: String = ""
    @Argument(help: "The theme's title.") var title: String

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var community = try context.community(scope.community)
        let people = try community.members(named: members).map(\.id)
        let theme = try community.addTheme(
          title: title, description: description, members: people)
        try context.store().save(community)
        let strings = ThemeStrings.forLanguage(context.language)
        print(strings.added(theme.title, community.name, theme.members.count))
        if let advice = community.sizeAdvice(of: theme) { print(advice.message(context.language)) }
      }
    }
  }
}

/// `THEME`, for every command about one theme of a community.
struct ThemeArgument: ParsableArguments {
  @Argument(help: "The theme: its title, a unique prefix of it or of one of its words, or its id.")
  var theme: String
}
