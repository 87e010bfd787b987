import ArgumentParser
import CoachCore
import Foundation

struct PhaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "phase", abstract: "Move a learning community to another phase.",
    subcommands: [Set.self, Tick.self, Check.self])

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move a learning community to phase 1-5.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Argument(help: "The phase, 1 to 5.") var phase: String
    @Option(help: "The day of the move, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "Why, or who decided (readiness signals against the move are added).")
    var note: String = ""

    func run() throws {
      try CommandContext.run(options, .writing) { context in
        let target = try Check.phase(from: phase)
        var day = context.today
        if let date {
          guard let parsed = CalendarDay(iso: date) else { throw CoachError.invalidDate(date) }
          day = parsed
        }
        var value = try context.community(scope.community)
        // Readiness only advises: the move is made, and its note names the signals.
        let signals = try value.moveRecordingReadiness(
          to: target, on: day, note: note, today: context.today, language: context.language)
        try context.store().save(value)
        print(context.strings.phaseMoved(value.name, target.number, day.iso))
        if !signals.isEmpty {
          let strings = PhaseStrings.forLanguage(context.language)
          let lines = signals.map { "  ⚠ " + $0.message(context.language) }
          printError(([strings.movedDespite(signals.count)] + lines).joined(separator: "\n"))
        }
      }
    }
  }
}
