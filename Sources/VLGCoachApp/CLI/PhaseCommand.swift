import ArgumentParser
import CoachCore
import Foundation

struct PhaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "phase", abstract: "Move a learning community to another phase.",
    subcommands: [Set.self])

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move a learning community to phase 1-5.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The phase, 1 to 5.") var phase: String
    @Option(help: "The day of the move, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "Why, or who decided.") var note: String = ""

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        guard let number = Int(phase.trimmingCharacters(in: .whitespaces)),
          let target = Phase(number: number)
        else {
          throw CoachError.invalidPhaseNumber(phase)
        }
        var day = context.today
        if let date {
          guard let parsed = CalendarDay(iso: date) else { throw CoachError.invalidDate(date) }
          day = parsed
        }
        var value = try context.community(scope.community)
        try value.move(to: target, on: day, note: note)
        try context.store().save(value)
        print(context.strings.phaseMoved(value.name, number, day.iso))
      }
    }
  }
}
