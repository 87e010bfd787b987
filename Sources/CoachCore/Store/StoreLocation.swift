import Foundation

/// Where the store lives: `--store DIR`, else `VLGCOACH_STORE`, else
/// `$XDG_DATA_HOME/vlgcoach`, else `~/.local/share/vlgcoach`.
public enum StoreLocation {
  public static func resolve(explicit: String?, environment: [String: String]) -> URL {
    if let explicit, !explicit.isEmpty { return url(explicit, environment) }
    if let fromEnvironment = environment["VLGCOACH_STORE"], !fromEnvironment.isEmpty {
      return url(fromEnvironment, environment)
    }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("vlgcoach")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".local/share/vlgcoach")
  }

  private static func url(_ path: String, _ environment: [String: String]) -> URL {
    var expanded = path
    if expanded == "~" || expanded.hasPrefix("~/"), let home = environment["HOME"] {
      expanded = home + expanded.dropFirst()
    }
    return URL(fileURLWithPath: expanded).standardizedFileURL
  }
}
