import ArgumentParser
import CoachCore
import Foundation

extension ThemeCommand {
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a theme's title, description, members or status.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var reference: ThemeArgument
    @Option(help: "The new title.") var title: String?
    @Option(help: "What it is about.") var description: String?
    @Option(
      help: "Who works on it now, by name: A,B (replaces the members; \"\" leaves nobody on it).")
    var members: [String] = []
    @Option(help: "chosen, in-progress or output-ready.") var status: String?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var community = try context.community(scope.community)
        let theme = try community.theme(reference: reference.theme)
        guard title != nil || description != nil || !members.isEmpty || status != nil else {
          throw ThemeCommandError.nothingToChange
        }
        let people =
          members.isEmpty ? theme.members : try community.members(named: members).map(\.id)
        try community.updateTheme(
          id: theme.id, title: title ?? theme.title,
          description: description ?? theme.description, members: people,
          status: try status.map(CommandInput.themeStatus) ?? theme.status)
        try context.store().save(community)
        let saved = try community.theme(reference: theme.id.uuidString)
        let language = context.language
        let strings = ThemeStrings.forLanguage(language)
        print(strings.changed(saved.title, saved.status.label(language), saved.members.count))
        if let advice = community.sizeAdvice(of: saved) { print(advice.message(language)) }
      }
    }
  }
}
