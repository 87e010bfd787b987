import ArgumentParser
import CoachCore
import Foundation

extension AgreementCommand {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List agreements, overdue first; across all communities without --community.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: OptionalCommunityOption
    @Flag(help: "Only agreements still open (also those partly done).") var open = false
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let communities =
          try scope.community.map { [try context.community($0)] } ?? allCommunities(context)
        let lines = FollowUp.items(in: communities, today: context.today, includeClosed: !open)
        if json {
          try printJSON(lines.map(AgreementJSON.init))
          return
        }
        let strings = context.strings
        if lines.isEmpty {
          print(open ? strings.noOpenAgreements : strings.noAgreements)
          return
        }
        let rows = lines.map { $0.cells(strings, context.language) }
        print(TextTable.render(header: strings.agreementHeader, rows: rows))
      }
    }

    /// Every community of the store; none when there is no store yet.
    func allCommunities(_ context: CommandContext) throws -> [Community] {
      try context.summaries.map { try context.store().community($0.id) }
    }
  }
}
