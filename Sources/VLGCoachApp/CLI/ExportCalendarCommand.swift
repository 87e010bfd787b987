import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Calendar: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The meetings of a learning community as an iCalendar file (.ics).")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var destination: ExportOutputOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        let calendar = MeetingCalendar.render(
          value, language: context.language, now: context.now, timeZone: .current)
        try ExportOutput.deliver(
          calendar, to: destination.output, defaultName: ExportFileName.calendar(value),
          force: destination.force, strings: context.strings)
      }
    }
  }
}
