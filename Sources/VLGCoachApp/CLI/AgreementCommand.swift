import ArgumentParser

/// `vlgcoach agreement …`: the homework agreements made in meetings and their follow-up.
struct AgreementCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agreement", abstract: "Record, follow up and close homework agreements.",
    subcommands: [Add.self, List.self, Close.self])
}
