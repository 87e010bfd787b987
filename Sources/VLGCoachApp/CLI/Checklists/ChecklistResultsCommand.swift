import ArgumentParser
import CoachCore
import Foundation

extension ChecklistCommand {
  struct Results: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "What the teachers answered: per round and question the counts, the mean and the short texts (no names), who has not answered, and the trend."
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var selection: ChecklistSelectionOptions
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let community = try context.community(scope.community)
        let chosen = try selection.resolve(
          in: community, own: context.readablePlaybook().checklists, language: context.language)
        let rounds = community.checklistRounds(
          templateID: chosen.templateID, meetingID: chosen.meetingID)
        if json {
          try printJSON(ChecklistResultsJSON(community, rounds: rounds, language: context.language))
        } else {
          print(ChecklistResultsText.text(community, rounds: rounds, language: context.language))
        }
      }
    }
  }
}
