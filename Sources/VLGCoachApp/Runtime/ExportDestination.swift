import CoachCore
import Foundation

/// Where a typed export path points, for the program and the command line alike: `-` is
/// stdout; `~` is expanded; an existing folder, or a path ending in `/`, gets the export's
/// own file name; a file path needs an existing folder.
enum ExportDestination {
  static func target(
    _ typed: String, defaultName: String,
    home: String = FileManager.default.homeDirectoryForCurrentUser.path
  ) throws -> ExportTarget {
    if typed == "-" { return .standardOutput }
    let expanded = typed == "~" ? home : typed.hasPrefix("~/") ? home + typed.dropFirst(1) : typed
    if let descriptor = ExportTarget.descriptorNumber(expanded) {
      return .descriptor(descriptor, path: expanded)
    }
    let url = URL(fileURLWithPath: expanded).standardizedFileURL
    do {
      if let found = try ExportTarget.existing(url) { return found }
    } catch ExportTarget.Found.folder {
      let file = url.appendingPathComponent(defaultName)
      do {
        return try ExportTarget.existing(file) ?? .newFile(file)
      } catch ExportTarget.Found.folder {
        throw CLIError.notWritableTarget(file.path)
      }
    }
    if expanded.hasSuffix("/") { throw CLIError.folderMissing(url.path) }
    let parent = url.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw CLIError.folderMissing(parent.path) }
    return .newFile(url)
  }
}
