import Foundation

/// A folder of its own for one test, removed afterwards.
final class TemporaryFolder {
  let url: URL

  init(in parent: URL = FileManager.default.temporaryDirectory) throws {
    url = parent.appendingPathComponent("vlgcoach-app-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Removes the folder, first making every folder in it writable again (a test may have
  /// made one read-only).
  deinit {
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

  var path: String { url.path }
}
