import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The community dossier as Markdown: everything, meeting by meeting.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var privacy: IncludePrivateOption
    @OptionGroup var destination: ExportOutputOption

    func run() throws {
      try CommandContext.run(options, .reading) { context in
        let value = try context.community(scope.community)
        let notebook = try privacy.notebook(of: value, context)
        let markdown = CommunityDossier.render(
          value, includePrivate: notebook, language: context.language, today: context.today)
        let name = ExportFileName.dossier(
          value, includePrivate: notebook != nil, language: context.language)
        try ExportOutput.deliver(
          markdown, to: destination.output, defaultName: name, force: destination.force,
          strings: context.strings)
      }
    }
  }
}

/// `--include-private`: the coach's group-dynamics notes go into the document (which then
/// says so at its top). Without it the notes are not even read.
struct IncludePrivateOption: ParsableArguments {
  @Flag(
    name: .customLong("include-private"),
    help: "Add the coach's private group-dynamics notes (the document says so at its top).")
  var includePrivate = false

  /// The community's notebook, read from the store only when asked for.
  func notebook(of community: Community, _ context: CommandContext) throws -> CoachNotebook? {
    guard includePrivate else { return nil }
    return try context.store().notebook(community.id)
  }
}
