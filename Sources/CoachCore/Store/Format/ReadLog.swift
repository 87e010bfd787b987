/// What reading one file found: the repairs it made and the keys it did not know, which are
/// written back unchanged (a newer version's fields survive an older one's save).
final class ReadLog {
  var repairs: [StoredRepair] = []
  var residue = Residue()

  func repair(_ place: StoredRepair.Place, _ kind: StoredRepair.Kind) {
    repairs.append(StoredRepair(place, kind))
  }
}

/// Unknown keys per stored object, by the object's path (`member/<id>`, `meeting/<id>` …).
struct Residue: Equatable, Sendable {
  var entries: [String: PlistDictionary] = [:]

  var isEmpty: Bool { entries.isEmpty }

  /// Remembers the keys of `fields` that are not in `known`. The path is only made when there
  /// is something to keep: it names an id, and a large file has hundreds of thousands of
  /// records.
  mutating func keep(
    _ fields: PlistDictionary, known: Set<String>, at path: @autoclosure () -> String
  ) {
    // Nearly always every key is known: looked at before a dictionary is built.
    guard fields.containsKey(where: { !Self.isKnown($0, in: known) }) else { return }
    let unknown = fields.filter { !Self.isKnown($0.key, in: known) }
    if !unknown.isEmpty { entries[path()] = unknown }
  }

  /// A record's few keys are compared one by one: short keys compare faster than they hash,
  /// and this runs for every record of a file.
  private static func isKnown(_ key: String, in known: Set<String>) -> Bool {
    known.count <= 16
      ? known.contains { $0.utf8.count == key.utf8.count && $0 == key } : known.contains(key)
  }

  /// Adds the kept keys of `path` to freshly written `fields`; what this version wrote wins.
  /// The path is only made when something was kept at all (nearly never).
  func restore(into fields: inout PlistDictionary, at path: @autoclosure () -> String) {
    guard !entries.isEmpty, let kept = entries[path()] else { return }
    for (key, value) in kept where fields[key] == nil { fields[key] = value }
  }
}
