import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Dossier: ParsableCommand, PrivateDocumentCommand {
    static let configuration = CommandConfiguration(
      abstract: "The community dossier as Markdown: everything, meeting by meeting.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var privacy: IncludePrivateOption
    @OptionGroup var destination: ExportOutputOption

    static func render(
      _ community: Community, notebook: CoachNotebook?, _ context: CommandContext
    ) -> String {
      CommunityDossier.render(
        community, includePrivate: notebook, language: context.language, today: context.today)
    }

    static func fileName(_ community: Community, includePrivate: Bool, _ language: Language)
      -> String
    {
      ExportFileName.dossier(community, includePrivate: includePrivate, language: language)
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
