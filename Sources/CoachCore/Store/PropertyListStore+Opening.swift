import Foundation
import Glibc

/// Opening: the folder, the lock, the index, and the index checked against the files.
extension PropertyListStore {
  func prepareDirectory(createIfMissing: Bool) throws {
    var isDirectory: ObjCBool = false
    if fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw StoreError.notADirectory(directory.path) }
    } else if !createIfMissing {
      throw StoreError.noStore(directory.path)
    } else {
      do {
        try fileManager.createDirectory(
          at: directory, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw StoreError.cannotCreateDirectory(directory.path, reason: reason(of: error))
      }
    }
    // A folder that cannot be listed would read as an empty store: say so instead.
    guard Glibc.access(directory.path, R_OK | X_OK) == 0 else {
      throw StoreError.readFailed(directory.path, reason: errnoText())
    }
    guard purpose == .writing else {
      // A shared lock when no writer holds one; without it reading is still safe.
      if case .acquired(let lock) = StoreLock.acquire(in: directory, .shared) { self.lock = lock }
      return
    }
    guard Glibc.access(directory.path, W_OK) == 0 else {
      access = .readOnly(.directoryNotWritable(directory.path))
      return
    }
    guard takeWriterLock() else { return }
    try ensureFolder(communitiesURL)
    removeInterruptedWrites(in: directory)
    removeInterruptedWrites(in: communitiesURL)
    removeInterruptedWrites(in: directory.appendingPathComponent(FollowUpDigestFormat.folder))
  }

  /// Takes the writer's lock; if another writer has it, the store is read-only.
  private func takeWriterLock() -> Bool {
    switch StoreLock.acquire(in: directory, .exclusive) {
    case .acquired(let lock):
      self.lock = lock
      return true
    case .heldByWriter(let pid):
      access = .readOnly(.lockedByOtherInstance(pid: pid))
    case .unavailable(let reason):
      access = .readOnly(.lockUnavailable(reason))
    }
    return false
  }

  /// A store that opened read-only because another vlgcoach was writing tries again: once
  /// that one has ended, this one may write (after reading the index and files afresh).
  /// Returns whether the store became writable.
  @discardableResult
  public func retryWriting() -> Bool {
    guard purpose == .writing, case .readOnly(.lockedByOtherInstance) = access else {
      return false
    }
    guard case .acquired(let lock) = StoreLock.acquire(in: directory, .exclusive, patience: 0)
    else { return false }
    self.lock = lock
    access = .readWrite
    do {
      try ensureFolder(communitiesURL)
    } catch {
      access = .readOnly(.lockUnavailable(reason(of: error)))
      return false
    }
    loadIndex()
    reconcileIndexWithFiles()
    return !isReadOnly
  }

  func loadIndex() {
    summaries = []
    fingerprints = [:]
    // An empty index is what a power cut can leave of one written without fsync (a save
    // writes it so): a cache to rebuild from the files, not damage to report.
    guard let data = fileManager.contents(atPath: indexURL.path), !data.isEmpty else { return }
    switch IndexFormat.decode(data) {
    case .unreadable:
      // A cache: rebuilt from the community files, the damaged one kept aside for a look.
      let movedTo = isReadOnly ? nil : setAside(indexURL)
      record(.corruptFile(file: StoreFiles.indexName, movedTo: movedTo.map(relative)))
    case .index(let index):
      if index.version > SchemaMigration.current {
        record(.futureVersion(file: StoreFiles.indexName, version: index.version))
        access = .readOnly(.futureVersion(file: StoreFiles.indexName, version: index.version))
      }
      settings = index.settings
      indexKeptTopLevel = index.keptTopLevel
      indexKeptSettings = index.keptSettings
      for entry in index.entries {
        summaries.append(entry.summary)
        fingerprints[entry.summary.id] = entry.fingerprint
      }
      for name in index.duplicates { record(.duplicateIndexEntry(name: name)) }
    }
  }

  /// The index is a cache of the community files: entries without a file are dropped, files
  /// it lacks or whose fingerprint changed (a crash between two writes, a git pull, a copy)
  /// are read again. A file whose community has another id than its name is left out.
  func reconcileIndexWithFiles() {
    let names = (try? fileManager.contentsOfDirectory(atPath: communitiesURL.path)) ?? []
    let ids = Set(
      names.filter { $0.hasSuffix(".plist") && !$0.hasPrefix(".") }
        .compactMap { UUID.parsing(String($0.dropLast(".plist".count))) })
    var changed = !problems.filter(\.concernsIndex).isEmpty
    for summary in summaries where !ids.contains(summary.id) {
      record(
        .missingCommunityFile(
          name: summary.name,
          file: StoreFiles.communitiesFolder + "/" + StoreFiles.communityFileName(summary.id)))
      removeSummary(summary.id)
      changed = true
    }
    // Paths as text: a URL built per community was a tenth of a large store's start-up.
    let folder = communitiesURL.path + "/"
    let indexed = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (text, id) in ids.map({ ($0.text, $0) }).sorted(by: { $0.0 < $1.0 }) {
      let known = indexed[id]
      if known != nil, let print = fingerprints[id],
        print == FileFingerprint.of(folder + text + ".plist")
      {
        continue
      }
      if readAgain(id, at: communityURL(id), indexed: known) { changed = true }
    }
    if changed && !isReadOnly { writeIndexIfPossible() }
  }

  /// Reads a file the index does not know as it is now; whether the index changed.
  private func readAgain(_ id: UUID, at url: URL, indexed: CommunitySummary?) -> Bool {
    guard let (data, fingerprint) = readFile(url) else { return false }
    switch CommunityFileFormat.decode(data, fileID: id) {
    case .community(let community, let keep, let repairs, _):
      guard community.id == id else {
        record(.misnamedFile(file: relative(url), holds: community.name))
        if indexed != nil { removeSummary(id) }
        return indexed != nil
      }
      let summary = CommunitySummary(community)
      if let indexed, fingerprints[id] != nil, indexed != summary {
        record(.staleIndexEntry(name: community.name))
      }
      remember(summary, fingerprint: fingerprint)
      if !repairs.isEmpty {
        known[id] = KnownFile(fingerprint: fingerprint, data: data)
        kept[id] = keep
        writtenParts.forget(id)
        _ = try? self.community(id)
      }
      return true
    case .future(let version, let community):
      record(.futureVersion(file: relative(url), version: version))
      access = .readOnly(.futureVersion(file: relative(url), version: version))
      if let community, indexed == nil { remember(CommunitySummary(community), fingerprint: nil) }
      return false
    case .unreadable:
      let movedTo = isReadOnly ? nil : setAside(url)
      record(.corruptFile(file: relative(url), movedTo: movedTo.map(relative)))
      if indexed != nil { removeSummary(id) }
      return true
    }
  }

  func removeInterruptedWrites(in folder: URL) {
    let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(AtomicFile.tempPrefix) {
      let url = folder.appendingPathComponent(name)
      if (try? fileManager.removeItem(at: url)) != nil {
        record(.interruptedWrite(file: relative(url)))
      }
    }
  }
}
