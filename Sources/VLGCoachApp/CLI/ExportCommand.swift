import ArgumentParser

/// `vlgcoach export …`: the minutes of a meeting as Markdown, the meetings as a calendar.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export the minutes of a meeting or the meeting calendar.",
    subcommands: [Minutes.self, Calendar.self])
}

/// `-o FILE`, for every export: without it the export goes to stdout.
struct ExportOutputOption: ParsableArguments {
  @Option(name: [.customShort("o"), .long], help: "Write to this file instead of stdout.")
  var output: String?
}
