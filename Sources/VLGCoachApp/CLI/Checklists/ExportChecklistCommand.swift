import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Checklist: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "The checklist results as Markdown: counts, bars, means, short texts and the trend, never with names."
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var selection: ChecklistSelectionOptions
    @OptionGroup var destination: ExportOutputOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let community = try context.community(scope.community)
        let chosen = try selection.resolve(
          in: community, own: context.readablePlaybook().checklists, language: context.language)
        let markdown = ChecklistResultsMarkdown.render(
          community, options: chosen, language: context.language)
        try ExportOutput.deliver(
          markdown, to: destination.output,
          defaultName: ExportFileName.checklists(community, language: context.language),
          force: destination.force, strings: context.strings)
      }
    }
  }
}
