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
    @Option(
      help:
        "The meeting (held already) whose review records it; default: a meeting held today, else between meetings."
    )
    var meeting: String?

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let outcome = try CommandInput.closingStatus(status)
        var value = try context.community(scope.community)
        let found = try value.agreement(reference: agreement)
        let viewing = try meeting.map { try value.meeting(numbered: $0).id }
        let place = value.reviewPlace(for: found, today: context.today, viewing: viewing)
        try value.review(
          agreement: found.id, outcome: outcome, note: reason, in: place.meeting, on: place.day)
        try context.store().save(value)
        print(
          context.strings.reviewedAgreement(
            found.number, outcome.label(context.language),
            place.meeting.flatMap { value.meetingNumber($0) }))
      }
    }
  }
}
