import ArgumentParser
import CoachCore
import Foundation

/// An export that may carry the coach's private notes (the dossier, the hand-over): the
/// community read, its notebook only with `--include-private`, the document delivered.
protocol PrivateDocumentCommand: ParsableCommand {
  var options: StoreOptions { get }
  var scope: CommunityOption { get }
  var privacy: IncludePrivateOption { get }
  var destination: ExportOutputOption { get }
  static func render(_ community: Community, notebook: CoachNotebook?, _ context: CommandContext)
    -> String
  static func fileName(_ community: Community, includePrivate: Bool, _ language: Language)
    -> String
}

extension PrivateDocumentCommand {
  func run() throws {
    try CommandContext.run(options, .reading) { context in
      let value = try context.community(scope.community)
      let notebook = try privacy.notebook(of: value, context)
      try ExportOutput.deliver(
        Self.render(value, notebook: notebook, context), to: destination.output,
        defaultName: Self.fileName(value, includePrivate: notebook != nil, context.language),
        force: destination.force, strings: context.strings)
    }
  }
}
