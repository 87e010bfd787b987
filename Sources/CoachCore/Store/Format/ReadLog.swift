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
    _ fields: PlistDictionary, known: PlistKeySet, at path: @autoclosure () -> String
  ) {
    // Nearly always every key is known: looked at before a dictionary is built.
    guard !fields.hasOnlyKeys(in: known) else { return }
    let unknown = fields.filter { !known.contains($0.key) }
    if !unknown.isEmpty { entries[path()] = unknown }
  }

  /// Adds the kept keys of `path` to freshly written `fields`; what this version wrote wins.
  /// The path is only made when something was kept at all (nearly never).
  func restore(into fields: inout PlistDictionary, at path: @autoclosure () -> String) {
    guard !entries.isEmpty, let kept = entries[path()] else { return }
    for (key, value) in kept where fields[key] == nil { fields[key] = value }
  }
}
