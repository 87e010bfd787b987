import ArgumentParser
import CoachCore
import Foundation

struct CommunityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "community", abstract: "Add and list learning communities.",
    subcommands: [Add.self, List.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a learning community (phase 1).")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The community's name.") var name: String
    @Option(help: "The subject or curriculum the members share.") var subject: String = ""

    func run() throws {
      try CommandContext.run(options) { context in
        let community = try Community.create(
          CommunityDraft(name: name, subject: subject),
          otherNames: context.store.summaries.map(\.name), today: context.today, now: context.now)
        try context.store.save(community)
        let nl = context.language == .nl
        print(
          nl
            ? "Leergemeenschap “\(community.name)” toegevoegd (fase 1)."
            : "Added learning community “\(community.name)” (phase 1).")
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the learning communities.")
    @OptionGroup var options: StoreOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options) { context in
        let summaries = context.store.summaries.sorted {
          $0.name.compare($1.name, options: [.caseInsensitive, .diacriticInsensitive])
            == .orderedAscending
        }
        if json {
          try printJSON(summaries.map(CommunityJSON.init))
          return
        }
        let nl = context.language == .nl
        if summaries.isEmpty {
          print(nl ? "Nog geen leergemeenschappen." : "No learning communities yet.")
          return
        }
        let rows = summaries.map { summary in
          [
            summary.name, nl ? "fase \(summary.phase.number)" : "phase \(summary.phase.number)",
            "\(summary.memberCount)", summary.subject,
          ]
        }
        let header =
          nl ? ["Naam", "Fase", "Leden", "Vak"] : ["Name", "Phase", "Members", "Subject"]
        print(TextTable.render(header: header, rows: rows))
      }
    }
  }
}

/// The JSON shape of `community list --json`.
struct CommunityJSON: Encodable {
  let id: String
  let name: String
  let subject: String
  let phase: Int
  let phaseSince: String?
  let members: Int
  let schools: Int

  init(_ summary: CommunitySummary) {
    id = summary.id.uuidString
    name = summary.name
    subject = summary.subject
    phase = summary.phase.number
    phaseSince = summary.phaseSince?.iso
    members = summary.memberCount
    schools = summary.schoolCount
  }
}
