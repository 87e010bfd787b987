import ArgumentParser

/// `vlgcoach checklist …`: the checklists teachers fill in at the shared terminal, and what
/// they answered (for the coach: the command line is the coach's own).
struct ChecklistCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checklist",
    abstract: "List, copy and change the checklists and show what the teachers answered.",
    subcommands: [List.self, Results.self, Copy.self, Edit.self])
}
