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
        let lines = FollowUp.items(in: try digests(context), today: context.today)
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

    /// The agreements to list, per community. The open ones across the store come from the
    /// store's follow-up digests, so that no community file is read when its digest is
    /// current; none when there is no store yet.
    func digests(_ context: CommandContext) throws -> [FollowUpDigest] {
      if let name = scope.community {
        return [FollowUpDigest(try context.community(name), includeClosed: !open)]
      }
      guard !context.summaries.isEmpty else { return [] }
      let store = try context.store()
      return try context.summaries.map { summary in
        open
          ? try store.followUpDigest(summary.id)
          : FollowUpDigest(try store.community(summary.id), includeClosed: true)
      }
    }
  }
}
