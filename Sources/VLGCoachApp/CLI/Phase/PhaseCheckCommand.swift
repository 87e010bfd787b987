import ArgumentParser
import CoachCore
import Foundation

extension PhaseCommand {
  /// The readiness check of the phase guide, for scripts: exit 0 when nothing speaks
  /// against the move, 1 with the reasons.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check whether a community is ready for its next phase (or phase N).",
      discussion:
        "Lists the checklist items still open and what in the data speaks against the move."
        + " Exit code 0 when nothing does, 1 otherwise.")
    @OptionGroup var options: StoreOptions
    @OptionGroup var scope: CommunityOption
    @Option(help: "The phase to move to, 1 to 5 (default: the next one).") var phase: String?
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
      var ready = true
      try CommandContext.run(options, .reading) { context in
        let community = try context.community(scope.community)
        let name = community.name
        let current = community.phase
        let asked = try phase.map(Self.phase(from:))
        let outcome: PhaseCheckOutcome
        switch asked ?? current.next {
        case nil:
          outcome = .last(name, current)
        case let target? where target == current:
          guard current.next == nil else { throw CoachError.alreadyInPhase(target) }
          outcome = .last(name, current)
        case let target?:
          if let readiness = community.readiness(movingTo: target, today: context.today) {
            ready = readiness.isReady
            outcome = .check(name, readiness)
          } else {
            outcome = .back(name, target, current)
          }
        }
        if json {
          try printJSON(PhaseCheckJSON(outcome, language: context.language))
        } else {
          print(outcome.text(PhaseStrings.forLanguage(context.language), context.language))
        }
      }
      if !ready { throw ExitCode(1) }
    }

    static func phase(from text: String) throws -> Phase {
      guard let number = Int(text.trimmingCharacters(in: .whitespaces)),
        let phase = Phase(number: number)
      else { throw CoachError.invalidPhaseNumber(text) }
      return phase
    }
  }
}
