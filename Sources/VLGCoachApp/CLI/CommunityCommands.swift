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
      try CommandContext.run(options, .writing) { context in
        let community = try Community.create(
          CommunityDraft(name: name, subject: subject),
          otherNames: context.summaries.map(\.name), today: context.today, now: context.now)
        try context.store().save(community)
        print(context.strings.addedCommunity(community.name))
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the learning communities.")
    @OptionGroup var options: StoreOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let summaries = context.summaries.sorted { NameOrder.ascending($0.name, $1.name) }
        if json {
          try printJSON(summaries.map(CommunityJSON.init))
          return
        }
        let strings = context.strings
        if summaries.isEmpty {
          print(strings.noCommunities)
          return
        }
        let rows = summaries.map { summary in
          [
            summary.name, strings.phaseCell(summary.phase.number), "\(summary.memberCount)",
            summary.subject,
          ]
        }
        print(TextTable.render(header: strings.communityHeader, rows: rows))
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
