import ArgumentParser
import CoachCore
import Foundation

extension AgreementCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record an agreement the group made in a meeting.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "The meeting it was made in (see meeting list).") var meeting: String
    @Option(help: "finish, discuss or provide.") var kind: String
    @Option(help: "Who does it, by name: A,B.") var owner: [String] = []
    @Option(help: "Due on this day, YYYY-MM-DD (default: the next meeting).") var due: String?
    @Argument(help: "What was agreed.") var text: String

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let agreementKind = try CommandInput.kind(kind)
        let dueDay = try due.map(CommandInput.day)
        var value = try context.community(scope.community)
        let made = try value.meeting(numbered: meeting)
        let owners = try CommandInput.names(owner).map { try value.resolveMember($0).id }
        let agreement = try value.addAgreement(
          kind: agreementKind, text: text, owners: owners, madeIn: made.id,
          due: dueDay.map(Agreement.Due.day) ?? .nextMeeting)
        try context.store().save(value)
        print(
          context.strings.addedAgreement(
            agreement.number, value.meetingNumber(made.id) ?? 0, value.name))
      }
    }
  }
}
