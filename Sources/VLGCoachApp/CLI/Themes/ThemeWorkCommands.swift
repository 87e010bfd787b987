import ArgumentParser
import CoachCore
import Foundation

/// What a theme's teachers made, their moments and their subgroups.
extension ThemeCommand {
  struct Output: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record what a theme made and when it was tried in class.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var reference: ThemeArgument
    @Argument(help: "What was made: a lesson series, a test, a rubric.") var title: String
    @Option(help: "The day it was made, YYYY-MM-DD (default: today).") var made: String?
    @Option(help: "The day it was first tried in class, YYYY-MM-DD.") var tried: String?
    @Option(help: "A note on it.") var note: String = ""

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var community = try context.community(scope.community)
        let theme = try community.theme(reference: reference.theme)
        let output = try community.addOutput(
          toTheme: theme.id, title: title, madeOn: try made.map(CommandInput.day) ?? context.today,
          triedInClassOn: try tried.map(CommandInput.day), note: note)
        try context.store().save(community)
        let strings = ThemeStrings.forLanguage(context.language)
        let when = strings.madeAndTried(output.madeOn.iso, output.triedInClassOn?.iso)
        print(strings.outputRecorded(output.title, theme.title, when))
      }
    }
  }

  struct Moment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record an exchange between subgroups or a showcase (toonmoment) of a theme.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var reference: ThemeArgument
    @Flag(help: "The theme's subgroups exchanged what they did.") var exchange = false
    @Flag(help: "The teachers showed their output to colleagues and leaders.") var showcase = false
    @Option(help: "The day, YYYY-MM-DD (default: today).") var date: String?
    @Argument(help: "Where, for whom, what happened.") var note: String = ""

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var community = try context.community(scope.community)
        let theme = try community.theme(reference: reference.theme)
        let kind: ThemeMoment.Kind
        switch (exchange, showcase) {
        case (true, false): kind = .exchange
        case (false, true): kind = .showcase
        case (true, true): throw ThemeCommandError.twoMomentKinds
        case (false, false): throw ThemeCommandError.noMomentKind
        }
        let moment = try community.addMoment(
          toTheme: theme.id, kind: kind, day: try date.map(CommandInput.day) ?? context.today,
          note: note)
        try context.store().save(community)
        let language = context.language
        print(
          ThemeStrings.forLanguage(language).momentRecorded(
            moment.kind.label(language), theme.title, moment.day.iso))
      }
    }
  }

  struct Subgroup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split a theme's teachers: add a subgroup (its members join the theme too).")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var reference: ThemeArgument
    @Argument(help: "The subgroup's name.") var name: String
    @Option(help: "Who is in it, by name: A,B.") var members: [String]

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var community = try context.community(scope.community)
        let theme = try community.theme(reference: reference.theme)
        let people = try community.members(named: members)
        let group = try community.addSubgroup(
          toTheme: theme.id, name: name, members: people.map(\.id))
        try context.store().save(community)
        let language = context.language
        let strings = ThemeStrings.forLanguage(language)
        let names = community.memberNames(group.members)
        print(
          strings.subgroupAdded(
            group.name, theme.title,
            names.isEmpty ? strings.nobody : names.joined(separator: ", ")))
        let grown = try community.theme(reference: theme.id.uuidString)
        if let advice = community.sizeAdvice(of: grown) { print(advice.message(language)) }
      }
    }
  }
}
