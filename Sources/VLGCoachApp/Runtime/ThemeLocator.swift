import CoachCore
import CoachUI
import Foundation

/// Finds a theme by name or path: a file path as given; else `NAME.plist` in
/// `$VLGCOACH_THEMES`, the store's `themes/`, the `Themes/` folder next to (or above) the
/// executable, and the system's share folders.
struct ThemeLocator {
  let storeDirectory: URL
  let environment: [String: String]
  var executable: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()

  enum Failure: Error, Equatable {
    case notFound(String, available: [String])
    case unreadable(String, reason: String)
  }

  var folders: [URL] {
    var result: [URL] = []
    if let custom = environment["VLGCOACH_THEMES"], !custom.isEmpty {
      result.append(URL(fileURLWithPath: custom))
    }
    result.append(storeDirectory.appendingPathComponent("themes"))
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      result.append(folder.appendingPathComponent("Themes"))
      folder = folder.deletingLastPathComponent()
    }
    result.append(URL(fileURLWithPath: "/usr/local/share/vlgcoach/themes"))
    result.append(URL(fileURLWithPath: "/usr/share/vlgcoach/themes"))
    return result
  }

  func load(_ nameOrPath: String) throws -> Theme {
    let fileManager = FileManager.default
    let candidates: [URL]
    if Self.isPath(nameOrPath) {
      candidates = [URL(fileURLWithPath: nameOrPath)]
    } else {
      candidates = folders.map { $0.appendingPathComponent(nameOrPath + ".plist") }
    }
    guard let url = candidates.first(where: { fileManager.fileExists(atPath: $0.path) }) else {
      throw Failure.notFound(nameOrPath, available: available())
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw Failure.unreadable(url.path, reason: (error as NSError).localizedDescription)
    }
    do {
      return try Theme.decode(data)
    } catch {
      throw Failure.unreadable(url.path, reason: String(describing: error))
    }
  }

  /// A theme file's path rather than a theme's name.
  static func isPath(_ nameOrPath: String) -> Bool {
    nameOrPath.contains("/") || nameOrPath.hasSuffix(".plist")
  }

  /// How the store remembers a `--theme` value: a name as it is, a path made absolute (from
  /// the current folder) and standardized, so that it still works from another folder.
  static func remembered(_ nameOrPath: String) -> String {
    guard isPath(nameOrPath) else { return nameOrPath }
    return URL(fileURLWithPath: nameOrPath).standardizedFileURL.path
  }

  /// The names of the themes that can be found.
  func available() -> [String] {
    var names = Set<String>()
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in files where file.hasSuffix(".plist") { names.insert(String(file.dropLast(6))) }
    }
    return names.sorted()
  }
}
