import Foundation
import Glibc

/// The local store: `store.plist` (index and settings) plus one XML property list per
/// community in `communities/`. Deleted communities go to `trash/`, never into the void.
///
/// The community files are the truth; the index is a cache of them, checked against each
/// file's fingerprint on opening. Every value read is validated (see `CommunityReader`), keys
/// this version does not know are written back, and a file changed by someone else since it
/// was read is never overwritten without the coach's word (`StoreError.changedOnDisk`).
///
/// Not thread-safe: the runtime and the command line use it from one thread.
public final class PropertyListStore {
  /// The version of the stored shape this program writes (`SchemaMigration`).
  public static let schemaVersion = StoreFiles.schemaVersion

  /// What the store is opened for: a writer holds the lock alone; readers share it, never
  /// write, and never wait for a writer (every file is replaced whole, so reading is safe).
  public enum Purpose: Sendable {
    case writing
    case reading
  }

  public let directory: URL
  public let purpose: Purpose
  public internal(set) var access: StoreAccess
  /// What opening the store found and repaired or set aside.
  public internal(set) var problems: [StoreProblem] = []
  public internal(set) var summaries: [CommunitySummary] = []
  public internal(set) var settings = StoreSettings()

  var lock: StoreLock?
  let now: () -> Date
  let fileManager = FileManager.default
  /// The fingerprint of each community file the summary was made from.
  var fingerprints: [UUID: FileFingerprint] = [:]
  /// The files this instance read or wrote, to notice a change by someone else.
  var known: [UUID: KnownFile] = [:]
  /// When true, a save leaves the index and the follow-up digest for `writePendingCaches`:
  /// the program writes them after the frame that showed the change, so the save itself is
  /// only the durable community file. (Both are caches, checked on reading.)
  public var defersCaches = false
  /// The digests to write, and whether the index is.
  var pendingDigests: [UUID: (community: Community, source: FileFingerprint)] = [:]
  var indexIsPending = false
  /// Each community's entry of the index as last written: a save re-encodes only the
  /// entry of the community it wrote.
  var indexEntryValues: [UUID: (entry: IndexFormat.Entry, value: PlistValue)] = [:]
  /// Per community, what its file held that this version does not use.
  var kept: [UUID: CommunityFileFormat.Kept] = [:]
  /// The meetings, agreements and checklist rounds of the communities saved last, as
  /// written.
  var writtenParts = WrittenPartsCache()
  var indexKeptTopLevel: PlistDictionary = [:]
  var indexKeptSettings: PlistDictionary = [:]
  /// `playbook.plist`, with what was read of it to refuse overwriting an outside change.
  lazy var playbookFile = PlaybookFile(directory: directory)

  var indexURL: URL { directory.appendingPathComponent(StoreFiles.indexName) }
  var communitiesURL: URL { directory.appendingPathComponent(StoreFiles.communitiesFolder) }
  var trashURL: URL { directory.appendingPathComponent(StoreFiles.trashFolder) }

  /// Opens the store in `directory`, creating the folder if it is missing, unless
  /// `createIfMissing` is false: then a missing folder throws `StoreError.noStore`, so that a
  /// command that only reads leaves no trace.
  public init(
    directory: URL, createIfMissing: Bool = true, purpose: Purpose = .writing,
    now: @escaping () -> Date = Date.init
  ) throws {
    self.directory = directory.standardizedFileURL
    self.purpose = purpose
    self.now = now
    self.access = purpose == .reading ? .readOnly(.openedForReading) : .readWrite
    try prepareDirectory(createIfMissing: createIfMissing)
    loadIndex()
    reconcileIndexWithFiles()
  }

  public var isReadOnly: Bool { access.isReadOnly }

  // MARK: - Reading

  /// Decodes one community. A damaged file is set aside and its entry leaves the index; a file
  /// from a newer version makes the store read-only; a file with oddities is mended (its
  /// original kept beside it). Each is added to `problems`.
  public func community(_ id: UUID) throws -> Community {
    try community(id, read: read(id))
  }

  /// A community file's bytes, fingerprint and decoding: no state of the store is touched,
  /// so files can be read on several threads at once (`check`).
  struct FileRead: @unchecked Sendable {
    var data: Data
    var fingerprint: FileFingerprint?
    var decoded: CommunityFileFormat.Decoded
    /// `KnownFile.hash(data)`, worked out on the reading thread.
    var contentHash: UInt64

    init(
      data: Data, fingerprint: FileFingerprint?, decoded: CommunityFileFormat.Decoded,
      contentHash: UInt64? = nil
    ) {
      self.data = data
      self.fingerprint = fingerprint
      self.decoded = decoded
      self.contentHash = contentHash ?? KnownFile.hash(data)
    }
  }

  func read(_ id: UUID) -> FileRead? { Self.read(communityURL(id), id: id) }

  static func read(_ url: URL, id: UUID) -> FileRead? {
    guard let (data, fingerprint) = readFile(url) else { return nil }
    return FileRead(
      data: data, fingerprint: fingerprint, decoded: CommunityFileFormat.decode(data, fileID: id))
  }

  /// What a read means for the store: the community, or a file set aside or found newer.
  func community(_ id: UUID, read: FileRead?) throws -> Community {
    let name = summaries.first(where: { $0.id == id })?.name ?? id.text
    let url = communityURL(id)
    guard let read else {
      throw StoreError.communityMissing(name)
    }
    let (data, fingerprint) = (read.data, read.fingerprint)
    switch read.decoded {
    case .community(let community, let keep, let repairs, _):
      guard community.id == id else {
        record(.misnamedFile(file: relative(url), holds: community.name))
        throw StoreError.communityMissing(name)
      }
      known[id] = KnownFile(fingerprint: fingerprint, contentHash: read.contentHash)
      kept[id] = keep
      // Read anew: what was written before may not be what the file holds now.
      writtenParts.forget(id)
      if !repairs.isEmpty { mend(community, repairs: repairs, original: data, at: url) }
      refreshSummary(community, fingerprint: known[id]?.fingerprint)
      return community
    case .future(let version, let community):
      record(.futureVersion(file: relative(url), version: version))
      access = .readOnly(.futureVersion(file: relative(url), version: version))
      if let community { return community }
      throw StoreError.readOnly(.futureVersion(file: relative(url), version: version))
    case .unreadable:
      // A read-only instance renames nothing; a writer also drops the file from the index, so
      // the next start does not report it a second time as missing.
      let movedTo = isReadOnly ? nil : setAside(url)
      record(.corruptFile(file: relative(url), movedTo: movedTo.map(relative)))
      removeSummary(id)
      if !isReadOnly { writeIndexIfPossible() }
      throw StoreError.communityCorrupt(name: name, movedTo: movedTo.map(relative))
    }
  }

  /// Every community, for `check` and for exports across communities.
  public func allCommunities() throws -> [Community] {
    try summaries.map { try community($0.id) }
  }

  // MARK: - Writing

  /// Writes a community. Durable once this returns: the index is a cache and is mended on the
  /// next opening if writing it fails now. Throws `StoreError.changedOnDisk` when its file was
  /// changed by someone else since this instance read it, unless `resolving` says what to do.
  public func save(_ community: Community, resolving choice: OutsideChangeChoice? = nil) throws {
    try requireWritable()
    let url = communityURL(community.id)
    if hasChangedOnDisk(community.id) {
      switch choice {
      case nil: throw StoreError.changedOnDisk(name: community.name)
      case .keepMine: break
      case .keepBoth: try keepOutsideVersion(of: community.id)
      }
    }
    let keep = kept[community.id] ?? .init()
    let parts = writtenParts.parts(for: community, residue: keep.residue)
    let data = CommunityFileFormat.encode(community, keeping: keep, parts: parts)
    try AtomicFile.write(data, to: url)
    let fingerprint = FileFingerprint.of(url.path)
    known[community.id] = KnownFile(fingerprint: fingerprint, data: data)
    remember(CommunitySummary(community), fingerprint: fingerprint)
    if let fingerprint { pendingDigests[community.id] = (community, fingerprint) }
    indexIsPending = true
    if !defersCaches { writePendingCaches() }
  }

  /// Writes the index and the digests a save left (see `defersCaches`).
  public func writePendingCaches() {
    if indexIsPending {
      indexIsPending = false
      writeIndexIfPossible()
    }
    let digests = pendingDigests
    pendingDigests = [:]
    for (community, source) in digests.values {
      keepFollowUpDigest(FollowUpDigest(community), source: source)
    }
  }

  public func saveSettings(_ settings: StoreSettings) throws {
    try requireWritable()
    self.settings = settings
    try writeIndex()
  }

  // MARK: - Files

  /// The bytes of a regular file and the fingerprint they belong to: stat before and after
  /// the read agree, or the read is repeated, so that a write in between is not missed.
  func readFile(_ url: URL) -> (Data, FileFingerprint?)? { Self.readFile(url) }

  static func readFile(_ url: URL) -> (Data, FileFingerprint?)? {
    let fileManager = FileManager.default
    for _ in 0..<3 {
      let before = FileFingerprint.of(url.path)
      guard before != nil, let data = fileManager.contents(atPath: url.path) else { return nil }
      let after = FileFingerprint.of(url.path)
      if before == after { return (data, after) }
    }
    return fileManager.contents(atPath: url.path).map { ($0, nil) }
  }

  /// A file with oddities: the coach is told, the original is kept beside it, and a writer
  /// stores the mended version so that the next reading is clean.
  private func mend(_ community: Community, repairs: [StoredRepair], original: Data, at url: URL) {
    var originalKept: String?
    if !isReadOnly {
      let aside = asideURL(for: url, label: "before-repair")
      if (try? AtomicFile.write(original, to: aside)) != nil {
        originalKept = relative(aside)
        try? save(community)
      }
    }
    record(.repaired(file: relative(url), repairs: repairs, originalKeptAs: originalKept))
  }

  /// The index with the settings. `durable: false` when only the summaries changed: they are
  /// a cache, checked against every file's fingerprint on opening, so a save does not wait
  /// for the disk twice.
  func writeIndex(durable: Bool = true) throws {
    let entries = summaries.map {
      IndexFormat.Entry(summary: $0, fingerprint: fingerprints[$0.id])
    }
    let values = entries.map { entry in
      let id = entry.summary.id
      if let known = indexEntryValues[id], known.entry == entry { return known.value }
      let value = IndexFormat.entryValue(entry)
      indexEntryValues[id] = (entry, value)
      return value
    }
    let index = IndexFormat.Index(
      version: SchemaMigration.current, settings: settings, entries: entries,
      keptTopLevel: indexKeptTopLevel, keptSettings: indexKeptSettings)
    try AtomicFile.write(
      IndexFormat.encode(index, entryValues: values), to: indexURL, durable: durable)
  }

  /// The index after a community was written: a failure here loses nothing (the community
  /// file is the truth), so it is not an error of the save; the next opening rebuilds it.
  func writeIndexIfPossible() {
    do {
      try writeIndex(durable: false)
    } catch {
      record(.indexNotWritten)
    }
  }

  /// Renames a damaged file to `<name>.corrupt-<timestamp>`; it is never overwritten.
  func setAside(_ url: URL) -> URL? {
    let target = asideURL(for: url, label: "corrupt")
    guard rename(url.path, target.path) == 0 else { return nil }
    AtomicFile.syncDirectory(url.deletingLastPathComponent())
    return target
  }

  /// `<name>.<label>-<UTC timestamp>` beside `url`, with a counter if that exists already.
  func asideURL(for url: URL, label: String) -> URL {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let base = url.lastPathComponent + "." + label + "-" + formatter.string(from: now())
    var target = url.deletingLastPathComponent().appendingPathComponent(base)
    var counter = 1
    while fileManager.fileExists(atPath: target.path) {
      counter += 1
      target = url.deletingLastPathComponent().appendingPathComponent(base + "-\(counter)")
    }
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
    fingerprints[id] = nil
  }

  /// Adds a community's summary to the index, or replaces the one it had.
  func remember(_ summary: CommunitySummary, fingerprint: FileFingerprint?) {
    fingerprints[summary.id] = fingerprint
    if let index = summaries.firstIndex(where: { $0.id == summary.id }) {
      summaries[index] = summary
    } else {
      summaries.append(summary)
    }
  }

  /// A community read whole: its summary in the index is brought up to date if it was stale.
  private func refreshSummary(_ community: Community, fingerprint: FileFingerprint?) {
    let summary = CommunitySummary(community)
    guard
      summaries.first(where: { $0.id == community.id }) != summary
        || fingerprints[community.id] != fingerprint
    else { return }
    remember(summary, fingerprint: fingerprint)
    if !isReadOnly { writeIndexIfPossible() }
  }

  /// Adds a problem once: reading the same damaged or newer file twice reports it once.
  func record(_ problem: StoreProblem) {
    if !problems.contains(problem) { problems.append(problem) }
  }

  /// Where a community's file is (whether or not it exists).
  public func communityURL(_ id: UUID) -> URL {
    communitiesURL.appendingPathComponent(StoreFiles.communityFileName(id))
  }

  func relative(_ url: URL) -> String {
    let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  func reason(of error: Error) -> String {
    (error as NSError).localizedDescription
  }
}
