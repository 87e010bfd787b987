import ArgumentParser
import CoachCore
import Foundation

/// `vlgcoach theme …`: what the teachers work on, and who.
struct ThemeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "theme",
    abstract: "Add and list the themes the teachers work on.",
    subcommands: [Add.self, List.self])

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
        let people = try CommandInput.names(members).map { try community.resolveMember($0).id }
        let theme = try community.addTheme(
          title: title, description: description, members: people)
        try context.store().save(community)
        let strings = ThemeStrings.forLanguage(context.language)
        print(strings.added(theme.title, community.name, theme.members.count))
        if let advice = theme.sizeAdvice { print(advice.message(context.language)) }
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List a community's themes.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let community = try context.community(scope.community)
        let language = context.language
        let strings = ThemeStrings.forLanguage(language)
        if json {
          try printJSON(
            community.themes.map {
              ThemeJSON(
                id: $0.id.uuidString, title: $0.title, description: $0.description,
                members: community.memberNames($0.members), status: $0.status.rawValue)
            })
          return
        }
        guard !community.themes.isEmpty else {
          print(strings.none(community.name))
          return
        }
        let rows = community.themes.map { theme in
          [
            theme.title, theme.status.label(language),
            community.memberNames(theme.members).joined(separator: ", "),
            theme.sizeAdvice.map { _ in strings.outsideAdvice } ?? "",
          ]
        }
        print(TextTable.render(header: strings.header, rows: rows))
      }
    }
  }
}

/// One theme in `theme list --json`.
struct ThemeJSON: Encodable {
  let id: String
  let title: String
  let description: String
  let members: [String]
  let status: String
}

/// The texts of `vlgcoach theme`.
struct ThemeStrings: Sendable {
  let added: @Sendable (_ theme: String, _ community: String, _ members: Int) -> String
  let none: @Sendable (String) -> String
  let header: [String]
  let outsideAdvice: String

  static func forLanguage(_ language: Language) -> ThemeStrings {
    language == .nl ? dutch : english
  }

  static let dutch = ThemeStrings(
    added: { "Thema “\($0)” toegevoegd aan \($1) (\($2) \($2 == 1 ? "lid" : "leden"))." },
    none: { "\($0) heeft nog geen thema's." }, header: ["Thema", "Stand", "Wie", "Let op"],
    outsideAdvice: "niet 4–6")

  static let english = ThemeStrings(
    added: { "Added theme “\($0)” to \($1) (\($2) \($2 == 1 ? "member" : "members"))." },
    none: { "\($0) has no themes yet." }, header: ["Theme", "Status", "Who", "Note"],
    outsideAdvice: "not 4–6")
}
