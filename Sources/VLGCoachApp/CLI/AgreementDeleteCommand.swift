import ArgumentParser
import CoachCore
import Foundation

extension AgreementCommand {
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Delete an agreement recorded by mistake.",
      discussion: """
        One that was followed up already is kept, because minutes show it: close it with \
        --status dropped and a reason instead.
        """)
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The agreement: its number (3 or A3) or its id.") var agreement: String

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        var value = try context.community(scope.community)
        let found = try value.agreement(reference: agreement)
        try value.removeAgreement(found.id)
        try context.store().save(value)
        print(context.strings.deletedAgreement(found.number))
      }
    }
  }
}
