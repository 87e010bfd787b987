import ArgumentParser

/// `vlgcoach export …`: the minutes of a meeting as Markdown, the meetings as a calendar,
/// the report for school leaders, the community dossier, the hand-over dossier and the
/// checklist results.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Export the minutes of a meeting, the meeting calendar, the school leaders' report, the dossier, the hand-over or the checklist results.",
    subcommands: [
      Minutes.self, Calendar.self, Report.self, Dossier.self, Handover.self, Checklist.self,
    ])
}

/// `-o FILE` and `--force`, for every export: without `-o` (or with `-o -`) the export goes
/// to stdout.
struct ExportOutputOption: ParsableArguments {
  @Option(
    name: [.customShort("o"), .long],
    help: "Write to this file (or into this folder) instead of stdout; - is stdout.")
  var output: String?

  @Flag(help: "Replace the file -o names if it exists.")
  var force = false
}
