import ArgumentParser

/// `vlgcoach note …`: the coach's private notes on a group's dynamics. They never appear in
/// an export or a report unless the coach asks for them explicitly.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Keep private notes on a group's dynamics (the coach's alone).",
    subcommands: [Add.self, List.self])
}
