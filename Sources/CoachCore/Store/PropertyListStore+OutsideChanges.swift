import Foundation

/// What to do with a community whose file someone else changed since this program read it.
public enum OutsideChangeChoice: Equatable, Sendable {
  /// Write this program's version over theirs.
  case keepMine
  /// Set theirs aside as a dated copy beside the file, then write this program's version.
  case keepBoth
}

/// Changes by others (a git pull, a synced folder, a text editor, another vlgcoach): noticed
/// by fingerprint first and by content when the fingerprint differs, never overwritten
/// unasked.
extension PropertyListStore {
  /// Whether the community's file is no longer what this instance last read or wrote. A file
  /// this instance never read counts as changed when it exists (someone else made it).
  public func hasChangedOnDisk(_ id: UUID) -> Bool {
    let url = communityURL(id)
    guard let knownFile = known[id] else { return FileFingerprint.of(url.path) != nil }
    let now = FileFingerprint.of(url.path)
    if now == knownFile.fingerprint, now != nil { return false }
    guard let (data, fingerprint) = readFile(url) else { return true }
    guard KnownFile.hash(data) == knownFile.contentHash else { return true }
    // Touched, not changed: remember the new fingerprint so the next look is cheap.
    known[id]?.fingerprint = fingerprint
    return false
  }

  /// The communities read or written here whose files someone else changed since.
  public func changedOnDisk() -> [UUID] {
    known.keys.sorted { $0.text < $1.text }.filter(hasChangedOnDisk)
  }

  /// Forgets what this instance knew of the community and reads its file as it is now
  /// ("take theirs").
  public func reload(_ id: UUID) throws -> Community {
    known[id] = nil
    kept[id] = nil
    writtenParts.forget(id)
    return try community(id)
  }

  /// Copies the file as it is on disk now to `<file>.outside-<timestamp>`, so that a save
  /// after "keep both" loses nothing of theirs.
  func keepOutsideVersion(of id: UUID) throws {
    let url = communityURL(id)
    guard let data = fileManager.contents(atPath: url.path) else { return }
    let aside = asideURL(for: url, label: "outside")
    try AtomicFile.write(data, to: aside)
    record(.outsideVersionKept(file: relative(aside)))
  }
}
