import ArgumentParser
import CoachCore
import Foundation

/// What a subcommand needs: the store, the language, and one way to report failure.
struct CommandContext {
  /// Whether a command changes the store. Only a writing command creates a missing store,
  /// and only it is stopped by a running vlgcoach.
  enum Use {
    case reading
    case writing
    /// Reads every file and, when no other vlgcoach writes, sets damaged ones aside; it
    /// makes no store where there is none.
    case checking
  }

  let language: Language
  let strings: CLIStrings
  let now: Date
  let today: CalendarDay
  let storeURL: URL
  /// nil when a reading command found no store: it reads as an empty one and none is made.
  private let openedStore: PropertyListStore?

  init(_ options: StoreOptions, use: Use) throws {
    language = options.language
    strings = CLIStrings.forLanguage(language)
    now = Date()
    today = CalendarDay(now, in: .current)
    storeURL = options.storeURL
    switch use {
    case .writing:
      openedStore = try PropertyListStore(directory: storeURL)
    case .reading, .checking:
      do {
        openedStore = try PropertyListStore(
          directory: storeURL, createIfMissing: false,
          purpose: use == .checking ? .writing : .reading)
      } catch StoreError.noStore {
        openedStore = nil
      }
    }
  }

  /// Runs `body`, turning every error into a sentence on stderr and exit code 1.
  static func run(
    _ options: StoreOptions, _ use: Use, _ body: (CommandContext) throws -> Void
  ) throws {
    let language = options.language
    do {
      try body(try CommandContext(options, use: use))
    } catch let exit as ExitCode {
      throw exit
    } catch {
      printError(ErrorSentence.text(for: error, in: language, writing: use == .writing))
      throw ExitCode(1)
    }
  }

  /// The open store; `StoreError.noStore` when a reading command found none.
  func store() throws -> PropertyListStore {
    guard let openedStore else { throw StoreError.noStore(storeURL.standardizedFileURL.path) }
    return openedStore
  }

  /// The communities as the index lists them; none when there is no store yet.
  var summaries: [CommunitySummary] { openedStore?.summaries ?? [] }

  func community(_ reference: String) throws -> Community {
    let summary = try summaries.resolve(reference)
    return try store().community(summary.id)
  }
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
