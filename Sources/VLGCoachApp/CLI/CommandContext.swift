import ArgumentParser
import CoachCore
import Foundation

/// What a subcommand needs: the open store, the language, and one way to report failure.
struct CommandContext {
  let store: PropertyListStore
  let language: Language
  let now: Date
  let today: CalendarDay

  init(_ options: StoreOptions) throws {
    language = options.language
    now = Date()
    today = CalendarDay(now, in: .current)
    do {
      store = try PropertyListStore(directory: options.storeURL)
    } catch let error as StoreError {
      throw CommandFailure(error.message(options.language))
    }
  }

  /// Runs `body`, turning the domain's and the store's errors into a sentence on stderr
  /// and exit code 1.
  static func run(_ options: StoreOptions, _ body: (CommandContext) throws -> Void) throws {
    let language = options.language
    do {
      let context = try CommandContext(options)
      try body(context)
    } catch let failure as CommandFailure {
      printError(failure.message)
      throw ExitCode(1)
    } catch let error as CoachError {
      printError(error.message(language))
      throw ExitCode(1)
    } catch let error as StoreError {
      printError(error.message(language))
      throw ExitCode(1)
    }
  }

  func community(_ reference: String) throws -> Community {
    let summary = try store.summaries.resolve(reference)
    return try store.community(summary.id)
  }
}

/// A failure already phrased for the coach.
struct CommandFailure: Error {
  let message: String
  init(_ message: String) { self.message = message }
}

func printError(_ message: String) {
  FileHandle.standardError.write(Data(("vlgcoach: " + message + "\n").utf8))
}

/// Writes a JSON value to stdout, keys sorted so that output is stable.
func printJSON<Value: Encodable>(_ value: Value) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  let data = try encoder.encode(value)
  FileHandle.standardOutput.write(data)
  FileHandle.standardOutput.write(Data("\n".utf8))
}
