import ArgumentParser
import CoachCore
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the store: exit 0 when healthy, 1 with one line per problem.")
  @OptionGroup var options: StoreOptions

  func run() throws {
    try CommandContext.run(options) { context in
      let problems = StoreHealth.check(context.store)
      let nl = context.language == .nl
      let path = context.store.directory.path
      if problems.isEmpty {
        let count = context.store.summaries.count
        print(
          nl
            ? "De opslag in \(path) is gezond: \(count) leergemeenschap(pen)."
            : "The store in \(path) is healthy: \(count) learning communit\(count == 1 ? "y" : "ies")."
        )
        return
      }
      for problem in problems { print(problem.message(context.language)) }
      throw ExitCode(1)
    }
  }
}
