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

  /// `--lang`, else the config file's language, else the environment's.
  var language: Language {
    lang.flatMap { Language(rawValue: $0.lowercased()) } ?? config.language
      ?? .fromEnvironment(environment)
  }

  /// The coach's config file, its problems said in the language asked for.
  var config: UserConfig {
    let asked =
      lang.flatMap { Language(rawValue: $0.lowercased()) } ?? .fromEnvironment(environment)
    return UserConfig.load(environment: environment, language: asked)
  }

  var storeURL: URL { StoreLocation.resolve(explicit: store, environment: environment) }
}
