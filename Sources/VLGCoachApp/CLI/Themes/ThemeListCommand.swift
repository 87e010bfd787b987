import ArgumentParser
import CoachCore
import Foundation

extension ThemeCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "List a community's themes: who, the 4–6 advice, subgroups, outputs and moments.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let community = try context.community(scope.community)
        let language = context.language
        if json {
          try printJSON(community.themes.map { ThemeJSON($0, in: community, language: language) })
          return
        }
        guard !community.themes.isEmpty else {
          print(ThemeStrings.forLanguage(language).none(community.name))
          return
        }
        print(
          community.themes.map { Self.text(of: $0, in: community, language: language) }
            .joined(separator: "\n\n"))
      }
    }

    /// One theme as a block: its title and status, then, indented, everything about it.
    static func text(of theme: WorkTheme, in community: Community, language: Language)
      -> String
    {
      let strings = ThemeStrings.forLanguage(language)
      func names(_ ids: [UUID]) -> String {
        let names = community.memberNames(ids)
        return names.isEmpty ? strings.nobody : names.joined(separator: ", ")
      }
      var lines: [String] = []
      if !theme.description.isEmpty {
        lines += theme.description.split(separator: "\n", omittingEmptySubsequences: false)
          .map(String.init)
      }
      lines.append(strings.who(names(theme.members)))
      if let advice = community.sizeAdvice(of: theme) { lines.append(advice.message(language)) }
      for group in theme.subgroups {
        lines.append(strings.subgroupLine(group.name, names(group.members)))
      }
      for output in theme.outputs {
        let when = strings.madeAndTried(output.madeOn.iso, output.triedInClassOn?.iso)
        lines.append(
          strings.outputLine(output.title, when) + (output.note.isEmpty ? "" : " — \(output.note)"))
      }
      for moment in theme.timeline {
        lines.append(
          "\(moment.day.iso) \(moment.kind.label(language))"
            + (moment.note.isEmpty ? "" : ": \(moment.note)"))
      }
      let heading = "\(theme.title) · \(theme.status.label(language))"
      return ([heading] + lines.map { "  " + TextCleaning.line($0) }).joined(separator: "\n")
    }
  }
}
