import ArgumentParser
import CoachCore
import Foundation

extension AgreementCommand {
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Correct an agreement: its text, kind, owners or due day.",
      discussion: "What is not given stays as it is; its follow-up stays too.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The agreement: its number (3 or A3) or its id.") var agreement: String
    @Option(help: "What was agreed.") var text: String?
    @Option(help: "finish, discuss or provide.") var kind: String?
    @Option(help: "Who does it, by name: A,B (replaces the owners).") var owner: [String] = []
    @Option(help: "Due on this day, YYYY-MM-DD, or next-meeting.") var due: String?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        guard text != nil || kind != nil || !owner.isEmpty || due != nil else {
          throw CLIError.nothingToChange
        }
        let agreementKind = try kind.map(CommandInput.kind)
        let dueWhen = try due.map(CommandInput.due)
        var value = try context.community(scope.community)
        let found = try value.agreement(reference: agreement)
        let owners =
          owner.isEmpty
          ? nil : try CommandInput.names(owner).map { try value.resolveMember($0).id }
        try value.editAgreement(
          found.id, kind: agreementKind, text: text, owners: owners, due: dueWhen)
        try context.store().save(value)
        print(context.strings.editedAgreement(found.number))
      }
    }
  }
}
