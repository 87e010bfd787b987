import ArgumentParser

/// `vlgcoach agreement …`: the homework agreements made in meetings and their follow-up.
struct AgreementCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agreement",
    abstract: "Record, follow up, close, correct and delete homework agreements.",
    subcommands: [Add.self, List.self, Close.self, Edit.self, Delete.self])
}
