import ArgumentParser
import CoachCore
import Foundation

/// The options every command takes: where the store is and which language to speak.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long, help: "The store folder (default: $VLGCOACH_STORE, else ~/.local/share/vlgcoach).")
  var store: String?

  @Option(name: .long, help: "Language: nl or en (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: String?

  func validate() throws {
    if let lang, Language(rawValue: lang.lowercased()) == nil {
      // The language the coach asked for is unknown: speak the environment's.
      let strings = CLIStrings.forLanguage(.fromEnvironment(environment))
      throw ValidationError(strings.invalidLanguage(lang))
    }
  }

  var environment: [String: String] { ProcessInfo.processInfo.environment }

  var language: Language {
    lang.flatMap { Language(rawValue: $0.lowercased()) } ?? .fromEnvironment(environment)
  }

  var storeURL: URL { StoreLocation.resolve(explicit: store, environment: environment) }
}
