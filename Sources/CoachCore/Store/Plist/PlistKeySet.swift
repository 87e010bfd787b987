/// A set of dictionary keys made to be checked against: every record of a file is asked
/// whether it has a key this version does not know, and nearly none has. A key is compared
/// by its tag (see `PlistDictionary`) first, which for a key of at most seven bytes is the
/// whole key; only a longer one is looked up by its text.
public struct PlistKeySet: Sendable, ExpressibleByArrayLiteral {
  public let names: Set<String>
  let tags: [UInt64]

  public init(_ names: Set<String>) {
    self.names = names
    tags = names.map(PlistDictionary.tag)
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
      guard known.tags.contains(tag) else { return true }
      return key.utf8.count > 7 && !known.names.contains(key)
    }
  }
}
