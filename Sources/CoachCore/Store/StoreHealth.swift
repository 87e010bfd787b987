import Foundation
import Glibc

/// `vlgcoach check`: a full read of every community, then everything the store found
/// (on opening and while reading), damaged files set aside earlier, and what is on disk:
/// what cannot be read, symbolic links, and modes that let others read.
public enum StoreHealth {
  public static func check(_ store: PropertyListStore) -> [StoreProblem] {
    // Reading adds what it finds (a damaged file, set aside; a newer one) to `problems`.
    // The files are read and decoded on every core, a few ahead of the one whose meaning is
    // taken, in order, here (so that the whole archive is never in memory at once).
    // A file whose bytes were found clean by an earlier check is read and compared, not
    // decoded again (`CheckedFiles`).
    let ids = store.summaries.map(\.id)
    let urls = ids.map { store.communityURL($0) }
    let before = CheckedFiles.read(in: store.directory)
    let known = ids.map { before.marks[$0] }
    var after = CheckedFiles()
    let cores = ProcessInfo.processInfo.activeProcessorCount
    OrderedWork<ReadOutcome?>.run(
      count: ids.count, threads: cores, window: cores * 3,
      produce: { index in
        guard let (data, fingerprint) = PropertyListStore.readFile(urls[index]) else {
          return nil
        }
        let mark = CheckedFiles.mark(data)
        if mark == known[index] { return .clean(mark) }
        return .read(
          PropertyListStore.FileRead(
            data: data, fingerprint: fingerprint,
            decoded: CommunityFileFormat.decode(data, fileID: ids[index]),
            contentHash: mark.hash), mark)
      },
      consume: { index, outcome in
        let id = ids[index]
        switch outcome {
        case .clean(let mark):
          after.marks[id] = mark
        case .read(let read, let mark):
          _ = try? store.community(id, read: read)
          if case .community(let community, _, let repairs, let version) = read.decoded,
            community.id == id, repairs.isEmpty, version == SchemaMigration.current
          {
            after.marks[id] = mark
          }
        case nil:
          _ = try? store.community(id, read: nil)
        }
      })
    if !store.access.isReadOnly || store.access == .readOnly(.openedForReading),
      (try? store.ensureFolder(store.directory.appendingPathComponent("cache"))) != nil
    {
      after.write(in: store.directory)
    }
    var walk = StoreWalk(store: store, problems: store.problems)
    walk.inspectStoreFolder()
    return walk.problems
  }
}

/// One pass over the store's folders, collecting what is wrong.
struct StoreWalk {
  let store: PropertyListStore
  var problems: [StoreProblem]

  /// Folders vlgcoach makes itself, 0700: a looser mode is tightened, not only reported.
  static let ownFolders: Set<String> = [
    StoreFiles.communitiesFolder, StoreFiles.trashFolder, "exports",
  ]

  /// Files that version control or a desktop put in any folder, holding nothing of the store.
  static func isHarmless(_ name: String) -> Bool {
    [".git", ".gitignore", ".gitattributes", ".DS_Store"].contains(name)
      || name.hasPrefix("README")
  }

  private var alreadySetAside: Set<String> {
    Set(
      problems.compactMap { problem -> String? in
        if case .corruptFile(_, let movedTo) = problem { return movedTo }
        return nil
      })
  }

  mutating func inspectStoreFolder() {
    let directory = store.directory
    guard readable(directory, as: directory.path, folder: true) else { return }
    // Only a folder that holds a store is tightened: `--store` may name any folder.
    if FileManager.default.fileExists(atPath: store.indexURL.path) {
      tighten(directory, as: directory.path)
    } else if let mode = Self.mode(directory.path, following: true), mode & 0o077 != 0 {
      problems.append(.loosePermissions(path: directory.path, mode: mode))
    }
    inspectEntries(of: directory, descending: true)
  }

  /// Every entry of `folder` but the harmless ones; then, one level down, the store's own
  /// folders.
  private mutating func inspectEntries(of folder: URL, descending: Bool) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var below: [URL] = []
    for name in names.sorted() where !Self.isHarmless(name) {
      let url = folder.appendingPathComponent(name)
      let path = store.relative(url)
      var info = stat()
      guard lstat(url.path, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
        problems.append(.symbolicLink(path: path, target: target))
      case S_IFDIR where descending && Self.ownFolders.contains(name):
        tighten(url, as: path)
        if name != "exports", readable(url, as: path, folder: true) { below.append(url) }
      default:
        if name.contains(".corrupt-") && !alreadySetAside.contains(path) {
          problems.append(.setAsideFile(file: path))
        }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        if !isFolder { _ = readable(url, as: path, folder: false) }
        let mode = Int(info.st_mode & 0o7777)
        if mode & 0o077 != 0 { problems.append(.loosePermissions(path: path, mode: mode)) }
      }
    }
    for url in below { inspectEntries(of: url, descending: false) }
  }

  /// A folder must be listable and enterable, a file readable; otherwise it is reported.
  private mutating func readable(_ url: URL, as path: String, folder: Bool) -> Bool {
    if access(url.path, folder ? R_OK | X_OK : R_OK) == 0 { return true }
    problems.append(.unreadable(path: path, reason: String(cString: strerror(errno))))
    return false
  }

  /// Makes a folder of vlgcoach's private again; reports it, or that it could not.
  private mutating func tighten(_ url: URL, as path: String) {
    guard let mode = Self.mode(url.path, following: true), mode & 0o077 != 0 else { return }
    if chmod(url.path, 0o700) == 0 {
      problems.append(.tightenedPermissions(path: path, mode: mode))
    } else {
      problems.append(.loosePermissions(path: path, mode: mode))
    }
  }

  static func mode(_ path: String, following: Bool) -> Int? {
    var info = stat()
    let result = following ? stat(path, &info) : lstat(path, &info)
    return result == 0 ? Int(info.st_mode & 0o7777) : nil
  }
}

/// What reading one file on a worker thread found.
private enum ReadOutcome: @unchecked Sendable {
  /// The bytes an earlier check found clean.
  case clean(CheckedFiles.Mark)
  case read(PropertyListStore.FileRead, CheckedFiles.Mark)
}
