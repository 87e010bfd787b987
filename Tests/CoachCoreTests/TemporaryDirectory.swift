import Foundation

/// A unique folder under the system's temp directory for one test, removed afterwards.
///
/// Tests run in parallel, so every test that touches the disk gets its own folder.
struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("vlgcoach-tests-" + UUID().uuidString, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Runs `body` with a fresh folder and removes the folder however `body` ends.
  static func with<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    return try body(directory.url)
  }

  /// Removes the folder, first making every folder in it writable again (a test may have
  /// made one read-only).
  func remove() {
    let fileManager = FileManager.default
    _ = chmod(url.path, 0o700)
    if let walker = fileManager.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey]) {
      for case let item as URL in walker
      where (try? item.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
        _ = chmod(item.path, 0o700)
      }
    }
    try? fileManager.removeItem(at: url)
  }
}
