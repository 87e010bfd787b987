import ArgumentParser
import CoachCore
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the store: exit 0 when healthy, 1 with one line per problem.")
  @OptionGroup var options: StoreOptions

  func run() throws {
    try CommandContext.run(options, .checking) { context in
      let store = try context.store()
      let problems = StoreHealth.check(store)
      if problems.isEmpty {
        print(context.strings.healthyStore(store.directory.path, store.summaries.count))
        return
      }
      for problem in problems { print(problem.message(context.language)) }
      throw ExitCode(1)
    }
  }
}
