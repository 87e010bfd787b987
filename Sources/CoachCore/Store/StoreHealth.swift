import Foundation

/// `vlgcoach check`: everything that opening the store found, plus a full read of every
/// community, the file permissions, and damaged files set aside earlier.
public enum StoreHealth {
  public static func check(_ store: PropertyListStore) -> [StoreProblem] {
    var problems = store.problems
    for summary in store.summaries {
      do {
        _ = try store.community(summary.id)
      } catch StoreError.communityCorrupt(_, let movedTo) {
        // `community(_:)` set the file aside; report it like a problem found on opening.
        let file = StoreFiles.communitiesFolder + "/" + StoreFiles.communityFileName(summary.id)
        problems.append(.corruptFile(file: file, movedTo: movedTo))
      } catch {
        continue
      }
    }
    let fileManager = FileManager.default
    for folder in [store.directory, store.communitiesURL, store.trashURL] {
      let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() {
        let url = folder.appendingPathComponent(name)
        if name.contains(".corrupt-") {
          problems.append(.setAsideFile(file: store.relative(url)))
        }
        if let mode = permissions(url), mode & 0o077 != 0 {
          problems.append(.loosePermissions(path: store.relative(url), mode: mode))
        }
      }
    }
    if let mode = permissions(store.directory), mode & 0o077 != 0 {
      problems.append(.loosePermissions(path: store.directory.path, mode: mode))
    }
    return problems
  }

  private static func permissions(_ url: URL) -> Int? {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes?[.posixPermissions] as? NSNumber)?.intValue
  }
}
