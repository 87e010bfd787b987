import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Minutes: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The minutes of a meeting as Markdown (CommonMark with GitHub tables).")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "The meeting's number (see meeting list).") var meeting: String
    @OptionGroup var destination: ExportOutputOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        let target = try value.meeting(numbered: meeting)
        let markdown = MinutesMarkdown.render(
          value, meeting: target.id, language: context.language, today: context.today)
        let name = ExportFileName.minutes(value, meeting: target.id, language: context.language)
        try ExportOutput.deliver(
          markdown, to: destination.output, defaultName: name, force: destination.force,
          strings: context.strings)
      }
    }
  }
}
