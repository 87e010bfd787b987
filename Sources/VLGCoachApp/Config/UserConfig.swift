import CoachCore
import CoachUI
import Foundation

/// The coach's own settings, `$XDG_CONFIG_HOME/vlgcoach/config.plist` (else
/// `~/.config/vlgcoach/config.plist`): language, theme, and other keys for some actions.
/// The command line wins over it, and it wins over the environment and the store.
///
///     <dict>
///       <key>language</key> <string>nl</string>
///       <key>theme</key>    <string>high-contrast</string>
///       <key>keys</key>
///       <dict> <key>live.next</key> <string>Space</string> </dict>
///     </dict>
///
/// A file that cannot be read, or a setting that makes no sense, is said in a sentence that
/// names it; that setting keeps its default and the rest still counts.
struct UserConfig: Equatable {
  var language: Language?
  var theme: String?
  var keys = KeyOverrides()
  /// One sentence per thing in the file that could not be used.
  var problems: [String] = []

  static func location(environment: [String: String]) -> URL {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("vlgcoach/config.plist")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".config/vlgcoach/config.plist")
  }

  /// Reads the config file; no file is no settings, not a problem.
  static func load(environment: [String: String], language: Language) -> UserConfig {
    let url = location(environment: environment)
    guard let data = try? Data(contentsOf: url) else { return UserConfig() }
    return parse(data, path: url.path, language: language)
  }

  static func parse(_ data: Data, path: String, language: Language) -> UserConfig {
    let s = ConfigStrings.forLanguage(language)
    var config = UserConfig()
    guard
      let root = try? PropertyListSerialization.propertyList(from: data, format: nil)
        as? [String: Any]
    else {
      config.problems.append(s.unreadable(path))
      return config
    }
    for key in root.keys.sorted() where !["language", "theme", "keys"].contains(key) {
      config.problems.append(s.unknownSetting(path, key))
    }
    if let value = root["language"] {
      if let text = value as? String, let chosen = Language(rawValue: text.lowercased()) {
        config.language = chosen
      } else {
        config.problems.append(s.badLanguage(path, "\(value)"))
      }
    }
    if let value = root["theme"] {
      if let text = value as? String, !text.isEmpty {
        config.theme = text
      } else {
        config.problems.append(s.badTheme(path))
      }
    }
    if let value = root["keys"] {
      guard let table = value as? [String: Any] else {
        config.problems.append(s.badKeys(path))
        return config
      }
      let known = KeyCatalog.allIDs()
      var overrides: [String: [Key]] = [:]
      for id in table.keys.sorted() {
        guard known.contains(id) else {
          config.problems.append(s.unknownAction(path, id))
          continue
        }
        let names = (table[id] as? [String]) ?? (table[id] as? String).map { [$0] } ?? []
        let keys = names.compactMap(KeyLabel.parse)
        if names.isEmpty || keys.count != names.count {
          let bad = names.first { KeyLabel.parse($0) == nil } ?? "\(table[id] ?? "")"
          config.problems.append(s.unknownKey(path, id, bad))
          continue
        }
        overrides[id] = keys
      }
      config.keys = KeyOverrides(overrides)
    }
    return config
  }
}
