import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "The report for school leaders as Markdown: phase, themes, attendance, agreements and results.",
      discussion: "It never holds the coach's private notes; no option adds them.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(
      help: "Only this school's teachers (its name or a unique part of it); else all schools.")
    var school: String?
    @OptionGroup var destination: ExportOutputOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        let chosen = try school.map { typed in
          guard let found = SchoolLeaderReport.school(matching: typed, in: value) else {
            throw CLIError.unknownSchool(typed, schools: value.allSchools)
          }
          return found
        }
        let markdown = SchoolLeaderReport.render(
          value, school: chosen, language: context.language, today: context.today)
        try ExportOutput.deliver(
          markdown, to: destination.output,
          defaultName: ExportFileName.report(value, school: chosen, language: context.language),
          force: destination.force, strings: context.strings)
      }
    }
  }
}
