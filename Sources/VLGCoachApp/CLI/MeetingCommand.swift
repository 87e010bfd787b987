import ArgumentParser

/// `vlgcoach meeting …`: plan meetings, list them, record who was there.
struct MeetingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting", abstract: "Plan and list the meetings of a learning community.",
    subcommands: [Add.self, List.self, Attend.self])
}
