import ArgumentParser
import CoachCore
import Foundation

extension NoteCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a private note about members, or about the whole group.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "Who it is about, by name: A,B (default: the whole group).") var member:
      [String] = []
    @Option(
      help: "driver, follower, quiet, tension, conflict, breakthrough, support-needed, or your own."
    ) var tag: [String] = []
    @Option(help: "The day, YYYY-MM-DD (default: today).") var date: String?
    @Argument(help: "What you noticed.") var text: String

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let day = try date.map(CommandInput.day) ?? context.today
        let community = try context.community(scope.community)
        let about = try CommandInput.names(member).map { try community.resolveMember($0) }
        let store = try context.store()
        var notebook = try store.notebook(community.id)
        try notebook.add(
          text, about: about.map(\.id), tags: tag.compactMap(NoteTag.init), day: day,
          in: community)
        try store.saveNotebook(notebook)
        let strings = NoteStrings.forLanguage(context.language)
        let names = about.isEmpty ? strings.theGroup : about.map(\.name).joined(separator: ", ")
        print(strings.added(community.name, names))
      }
    }
  }
}
