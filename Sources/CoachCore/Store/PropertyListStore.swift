import Foundation
import Glibc

/// The local store: `store.plist` (index and settings) plus one XML property list per
/// community in `communities/`. Deleted communities go to `trash/`, never into the void.
///
/// Not thread-safe: the runtime and the command line use it from one thread.
public final class PropertyListStore {
  public let directory: URL
  public private(set) var access: StoreAccess
  /// What opening the store found and repaired or set aside.
  public private(set) var problems: [StoreProblem] = []
  public private(set) var summaries: [CommunitySummary] = []
  public private(set) var settings = StoreSettings()

  private var lock: StoreLock?
  private let now: () -> Date
  let fileManager = FileManager.default

  var indexURL: URL { directory.appendingPathComponent(StoreFiles.indexName) }
  var communitiesURL: URL { directory.appendingPathComponent(StoreFiles.communitiesFolder) }
  var trashURL: URL { directory.appendingPathComponent(StoreFiles.trashFolder) }

  /// Opens the store in `directory`, creating the folder if it is missing, unless
  /// `createIfMissing` is false: then a missing folder throws `StoreError.noStore`, so that a
  /// command that only reads leaves no trace.
  public init(
    directory: URL, createIfMissing: Bool = true, now: @escaping () -> Date = Date.init
  ) throws {
    self.directory = directory.standardizedFileURL
    self.now = now
    self.access = .readWrite
    try prepareDirectory(createIfMissing: createIfMissing)
    loadIndex()
    reconcileIndexWithFiles()
  }

  public var isReadOnly: Bool { access.isReadOnly }

  // MARK: - Reading

  /// Decodes one community. A damaged file is set aside and its entry leaves the index; a file
  /// from a newer version makes the store read-only. Either is added to `problems`.
  public func community(_ id: UUID) throws -> Community {
    let name = summaries.first(where: { $0.id == id })?.name ?? id.uuidString
    let url = communityURL(id)
    guard fileManager.fileExists(atPath: url.path) else {
      throw StoreError.communityMissing(name)
    }
    switch decodeCommunity(at: url) {
    case .decoded(let community):
      return community
    case .future(let version, let community):
      record(.futureVersion(file: relative(url), version: version))
      access = .readOnly(.futureVersion(file: relative(url), version: version))
      if let community { return community }
      throw StoreError.readOnly(.futureVersion(file: relative(url), version: version))
    case .corrupt:
      // A read-only instance renames nothing; a writer also drops the file from the index, so
      // the next start does not report it a second time as missing.
      let movedTo = isReadOnly ? nil : setAside(url)
      record(.corruptFile(file: relative(url), movedTo: movedTo.map(relative)))
      removeSummary(id)
      if !isReadOnly { try? writeIndex() }
      throw StoreError.communityCorrupt(name: name, movedTo: movedTo.map(relative))
    }
  }

  /// Every community, for `check` and for exports across communities.
  public func allCommunities() throws -> [Community] {
    try summaries.map { try community($0.id) }
  }

  // MARK: - Writing

  public func save(_ community: Community) throws {
    try requireWritable()
    let file = CommunityFile(schemaVersion: StoreFiles.schemaVersion, community: community)
    let data = try encode(file)
    try AtomicFile.write(data, to: communityURL(community.id))
    remember(CommunitySummary(community))
    try writeIndex()
  }

  public func saveSettings(_ settings: StoreSettings) throws {
    try requireWritable()
    self.settings = settings
    try writeIndex()
  }

  // MARK: - Opening

  private func prepareDirectory(createIfMissing: Bool) throws {
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
    guard Glibc.access(directory.path, W_OK) == 0 else {
      access = .readOnly(.directoryNotWritable(directory.path))
      return
    }
    switch StoreLock.acquire(in: directory) {
    case .acquired(let lock):
      self.lock = lock
    case .heldByOther(let pid):
      access = .readOnly(.lockedByOtherInstance(pid: pid))
      return
    case .unavailable(let reason):
      access = .readOnly(.lockUnavailable(reason))
      return
    }
    try ensureFolder(communitiesURL)
    removeInterruptedWrites(in: directory)
    removeInterruptedWrites(in: communitiesURL)
  }

  private func loadIndex() {
    guard let data = fileManager.contents(atPath: indexURL.path) else { return }
    let decoder = PropertyListDecoder()
    guard let probe = try? decoder.decode(VersionProbe.self, from: data) else {
      quarantineIndex()
      return
    }
    if probe.schemaVersion > StoreFiles.schemaVersion {
      problems.append(.futureVersion(file: StoreFiles.indexName, version: probe.schemaVersion))
      access = .readOnly(
        .futureVersion(file: StoreFiles.indexName, version: probe.schemaVersion))
    }
    guard let index = try? decoder.decode(IndexFile.self, from: data) else {
      if !isReadOnly { quarantineIndex() }
      return
    }
    summaries = index.communities
    settings = index.settings
  }

  private func quarantineIndex() {
    let movedTo = isReadOnly ? nil : setAside(indexURL)
    problems.append(.corruptFile(file: StoreFiles.indexName, movedTo: movedTo.map(relative)))
  }

  /// The index is a cache of the community files: files it lacks are added (decoding just
  /// those), entries without a file are dropped.
  private func reconcileIndexWithFiles() {
    let names = (try? fileManager.contentsOfDirectory(atPath: communitiesURL.path)) ?? []
    let ids = Set(
      names.filter { $0.hasSuffix(".plist") && !$0.hasPrefix(".") }
        .compactMap { UUID(uuidString: String($0.dropLast(".plist".count))) })
    var changed = false
    for summary in summaries where !ids.contains(summary.id) {
      problems.append(
        .missingCommunityFile(
          name: summary.name,
          file: StoreFiles.communitiesFolder + "/" + StoreFiles.communityFileName(summary.id)))
      removeSummary(summary.id)
      changed = true
    }
    let known = Set(summaries.map(\.id))
    for id in ids.sorted(by: { $0.uuidString < $1.uuidString }) where !known.contains(id) {
      let url = communityURL(id)
      switch decodeCommunity(at: url) {
      case .decoded(let community):
        summaries.append(CommunitySummary(community))
        changed = true
      case .future(let version, let community):
        problems.append(.futureVersion(file: relative(url), version: version))
        access = .readOnly(.futureVersion(file: relative(url), version: version))
        if let community { summaries.append(CommunitySummary(community)) }
      case .corrupt:
        let movedTo = isReadOnly ? nil : setAside(url)
        problems.append(.corruptFile(file: relative(url), movedTo: movedTo.map(relative)))
      }
    }
    if changed && !isReadOnly { try? writeIndex() }
  }

  private func removeInterruptedWrites(in folder: URL) {
    let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names where name.hasPrefix(AtomicFile.tempPrefix) {
      let url = folder.appendingPathComponent(name)
      if (try? fileManager.removeItem(at: url)) != nil {
        problems.append(.interruptedWrite(file: relative(url)))
      }
    }
  }

  // MARK: - Files

  enum Decoded {
    case decoded(Community)
    /// Written by a newer version; the community if it still decodes.
    case future(version: Int, Community?)
    case corrupt
  }

  func decodeCommunity(at url: URL) -> Decoded {
    guard let data = fileManager.contents(atPath: url.path) else { return .corrupt }
    let decoder = PropertyListDecoder()
    guard let probe = try? decoder.decode(VersionProbe.self, from: data) else { return .corrupt }
    let file = try? decoder.decode(CommunityFile.self, from: data)
    if probe.schemaVersion > StoreFiles.schemaVersion {
      return .future(version: probe.schemaVersion, file?.community)
    }
    guard let file else { return .corrupt }
    return .decoded(file.community)
  }

  func writeIndex() throws {
    let index = IndexFile(
      schemaVersion: StoreFiles.schemaVersion, settings: settings, communities: summaries)
    try AtomicFile.write(try encode(index), to: indexURL)
  }

  private func encode<Value: Encodable>(_ value: Value) throws -> Data {
    do {
      return try StoreFiles.encoder().encode(value)
    } catch {
      throw StoreError.writeFailed(directory.path, reason: reason(of: error))
    }
  }

  /// Renames a damaged file to `<name>.corrupt-<timestamp>`; it is never overwritten.
  private func setAside(_ url: URL) -> URL? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    var target = url.deletingLastPathComponent().appendingPathComponent(
      url.lastPathComponent + ".corrupt-" + formatter.string(from: now()))
    var counter = 1
    while fileManager.fileExists(atPath: target.path) {
      counter += 1
      target = url.deletingLastPathComponent().appendingPathComponent(
        url.lastPathComponent + ".corrupt-" + formatter.string(from: now()) + "-\(counter)")
    }
    guard rename(url.path, target.path) == 0 else { return nil }
    AtomicFile.syncDirectory(url.deletingLastPathComponent())
    return target
  }

  func ensureFolder(_ url: URL) throws {
    if fileManager.fileExists(atPath: url.path) { return }
    do {
      try fileManager.createDirectory(
        at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError.cannotCreateDirectory(url.path, reason: reason(of: error))
    }
  }

  func requireWritable() throws {
    if case .readOnly(let why) = access { throw StoreError.readOnly(why) }
  }

  func removeSummary(_ id: UUID) {
    summaries.removeAll { $0.id == id }
  }

  /// Adds a community's summary to the index, or replaces the one it had.
  func remember(_ summary: CommunitySummary) {
    if let index = summaries.firstIndex(where: { $0.id == summary.id }) {
      summaries[index] = summary
    } else {
      summaries.append(summary)
    }
  }

  /// Adds a problem once: reading the same damaged or newer file twice reports it once.
  private func record(_ problem: StoreProblem) {
    if !problems.contains(problem) { problems.append(problem) }
  }

  func communityURL(_ id: UUID) -> URL {
    communitiesURL.appendingPathComponent(StoreFiles.communityFileName(id))
  }

  func relative(_ url: URL) -> String {
    let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  private func reason(of error: Error) -> String {
    (error as NSError).localizedDescription
  }
}
