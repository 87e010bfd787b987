import CoachCore
import Foundation

/// Where a typed export path points, for the program and the command line alike: `~`
/// expanded; an existing folder, or a path ending in `/`, gets the export's own file name;
/// a file path needs an existing folder.
enum ExportDestination {
  static func file(
    _ typed: String, defaultName: String,
    home: String = FileManager.default.homeDirectoryForCurrentUser.path
  ) throws -> URL {
    let expanded = typed == "~" ? home : typed.hasPrefix("~/") ? home + typed.dropFirst(1) : typed
    let url = URL(fileURLWithPath: expanded).standardizedFileURL
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
    if exists && isFolder.boolValue { return url.appendingPathComponent(defaultName) }
    if expanded.hasSuffix("/") { throw CLIError.folderMissing(url.path) }
    let parent = url.deletingLastPathComponent()
    guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw CLIError.folderMissing(parent.path) }
    return url
  }
}
