import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Handover: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "The hand-over dossier for an internal coach as Markdown: where the group stands, themes, open agreements, what worked."
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var privacy: IncludePrivateOption
    @OptionGroup var destination: ExportOutputOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        let notebook = try privacy.notebook(of: value, context)
        let markdown = HandoverDossier.render(
          value, includePrivate: notebook, language: context.language, today: context.today)
        let name = ExportFileName.handover(
          value, includePrivate: notebook != nil, language: context.language)
        try ExportOutput.deliver(
          markdown, to: destination.output, defaultName: name, force: destination.force,
          strings: context.strings)
      }
    }
  }
}
