/// A set of dictionary keys made to be checked against: every record of a file is asked
/// whether it has a key this version does not know, and nearly none has. A key is compared
/// by its tag (see `PlistDictionary`) first, which for a key of at most seven bytes is the
/// whole key; only a longer one is looked up by its text.
public struct PlistKeySet: Sendable, ExpressibleByArrayLiteral {
  public let names: Set<String>
  /// Tags of the names of at most seven bytes: each the whole name.
  let shortTags: [UInt64]
  /// Tags of the longer names, whose lengths a tag keeps only modulo 256: a match is only
  /// a hint, the name decides.
  let longTags: [UInt64]

  public init(_ names: Set<String>) {
    self.names = names
    shortTags = names.filter { $0.utf8.count <= 7 }.map(PlistDictionary.tag)
    longTags = names.filter { $0.utf8.count > 7 }.map(PlistDictionary.tag)
  }

  public init(arrayLiteral names: String...) {
    self.init(Set(names))
  }

  public func contains(_ key: String) -> Bool { names.contains(key) }
}

extension PlistDictionary {
  /// Whether every key is one of `known`.
  public func hasOnlyKeys(in known: PlistKeySet) -> Bool {
    !containsEntry { tag, key in
      if key.utf8.count <= 7 { return !known.shortTags.contains(tag) }
      return !known.longTags.contains(tag) || !known.names.contains(key)
    }
  }
}
