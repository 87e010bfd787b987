import ArgumentParser
import CoachCore
import Foundation

extension ExportCommand {
  struct Handover: ParsableCommand, PrivateDocumentCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "The hand-over dossier for an internal coach as Markdown: where the group stands, themes, open agreements, what worked."
    )
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @OptionGroup var privacy: IncludePrivateOption
    @OptionGroup var destination: ExportOutputOption

    static func render(
      _ community: Community, notebook: CoachNotebook?, _ context: CommandContext
    ) -> String {
      HandoverDossier.render(
        community, includePrivate: notebook, language: context.language, today: context.today)
    }

    static func fileName(_ community: Community, includePrivate: Bool, _ language: Language)
      -> String
    {
      ExportFileName.handover(community, includePrivate: includePrivate, language: language)
    }
  }
}
