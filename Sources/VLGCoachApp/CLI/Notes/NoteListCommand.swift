import ArgumentParser
import CoachCore
import Foundation

extension NoteCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the private notes on a community, oldest first.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let community = try context.community(scope.community)
        let notes = try context.store().notebook(community.id).timeline
        let language = context.language
        let rows = notes.map { note -> [String] in
          let about = community.memberNames(note.about)
          return [
            note.day.iso,
            about.isEmpty
              ? NoteStrings.forLanguage(language).theGroup : about.joined(separator: ", "),
            note.tags.map { $0.label(language) }.joined(separator: ", "),
            note.text,
          ]
        }
        if json {
          try printJSON(
            notes.map { note in
              NoteJSON(
                id: note.id.uuidString, day: note.day.iso,
                about: community.memberNames(note.about), tags: note.tags.map(\.key),
                text: note.text)
            })
          return
        }
        guard !rows.isEmpty else {
          print(NoteStrings.forLanguage(language).none(community.name))
          return
        }
        print(TextTable.render(header: NoteStrings.forLanguage(language).header, rows: rows))
      }
    }
  }
}

/// One note in `note list --json`.
struct NoteJSON: Encodable {
  let id: String
  let day: String
  let about: [String]
  let tags: [String]
  let text: String
}
