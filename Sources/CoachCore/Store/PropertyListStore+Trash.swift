import Foundation
import Glibc

/// Deleting and undeleting: a deleted community's file waits in `trash/`.
extension PropertyListStore {
  /// Moves a community's file to `trash/`, from where `restore` brings it back.
  public func trash(_ id: UUID) throws {
    try requireWritable()
    try ensureFolder(trashURL)
    let source = communityURL(id)
    if fileManager.fileExists(atPath: source.path) {
      let target = trashURL.appendingPathComponent(StoreFiles.communityFileName(id))
      guard rename(source.path, target.path) == 0 else {
        throw StoreError.writeFailed(target.path, reason: errnoText())
      }
      AtomicFile.syncDirectory(communitiesURL)
      AtomicFile.syncDirectory(trashURL)
    }
    removeSummary(id)
    known[id] = nil
    kept[id] = nil
    writtenParts.forget(id)
    writeIndexIfPossible()
  }

  /// Brings a trashed community back (undo of a delete). Idempotent: when the file is
  /// already back in `communities/` (a retried undo), it is read and returned.
  @discardableResult
  public func restore(_ id: UUID) throws -> Community {
    try requireWritable()
    let target = communityURL(id)
    if fileManager.fileExists(atPath: target.path) {
      let community = try community(id)
      // Reading may have found a file from a newer version.
      try requireWritable()
      return community
    }
    let source = trashURL.appendingPathComponent(StoreFiles.communityFileName(id))
    guard fileManager.fileExists(atPath: source.path) else {
      throw StoreError.communityMissing(id.text)
    }
    guard rename(source.path, target.path) == 0 else {
      throw StoreError.writeFailed(target.path, reason: errnoText())
    }
    AtomicFile.syncDirectory(communitiesURL)
    AtomicFile.syncDirectory(trashURL)
    // Read as any file: validated, mended or set aside, and its summary remembered.
    let community = try community(id)
    writeIndexIfPossible()
    return community
  }
}
