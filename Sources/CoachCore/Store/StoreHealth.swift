import Foundation

/// `vlgcoach check`: a full read of every community, then everything the store found
/// (on opening and while reading), damaged files set aside earlier, and the permissions.
public enum StoreHealth {
  public static func check(_ store: PropertyListStore) -> [StoreProblem] {
    // Reading adds what it finds (a damaged file, set aside; a newer one) to `problems`.
    for summary in store.summaries {
      _ = try? store.community(summary.id)
    }
    var problems = store.problems
    let alreadyReported = Set(
      problems.compactMap { problem -> String? in
        if case .corruptFile(_, let movedTo) = problem { return movedTo }
        return nil
      })
    let fileManager = FileManager.default
    for folder in [store.directory, store.communitiesURL, store.trashURL] {
      let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() {
        let url = folder.appendingPathComponent(name)
        let file = store.relative(url)
        if name.contains(".corrupt-") && !alreadyReported.contains(file) {
          problems.append(.setAsideFile(file: file))
        }
        if let mode = permissions(url), mode & 0o077 != 0 {
          problems.append(.loosePermissions(path: file, mode: mode))
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
