import ArgumentParser
import CoachCore
import Foundation

extension AgreementCommand {
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record what became of an agreement: done, partly or dropped.",
      discussion: """
        The review is recorded in the latest meeting held by today after the one the \
        agreement was made in, or between meetings when there is none.
        """)
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The agreement: its number (3 or A3) or its id.") var agreement: String
    @Option(help: "done, partly or dropped.") var status: String
    @Option(help: "Why it was dropped, or what is left to do.") var reason: String = ""

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let outcome = try CommandInput.closingStatus(status)
        var value = try context.community(scope.community)
        let found = try value.agreement(reference: agreement)
        let meeting = value.reviewMeeting(for: found, today: context.today)
        try value.review(
          agreement: found.id, outcome: outcome, note: reason, in: meeting?.id, on: context.today)
        try context.store().save(value)
        print(
          context.strings.reviewedAgreement(
            found.number, outcome.label(context.language),
            meeting.flatMap { value.meetingNumber($0.id) }))
      }
    }
  }
}
