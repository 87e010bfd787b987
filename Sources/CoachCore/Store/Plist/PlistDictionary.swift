/// The keys and values of one property-list dictionary, in the order they were added.
///
/// A stored record has a handful of short keys: finding one by comparing it with each is
/// faster than hashing it, and a list is cheaper to build and free than a hash table, which
/// mattered because a large archive has hundreds of thousands of records (a quarter of a full
/// read went to `Dictionary`). A dictionary of more than `indexedFrom` keys (a hostile file
/// may hold a million) keeps a hash index beside the list, so adding and finding keys never
/// takes quadratic time (removing one, which reading never does, rebuilds the index).
/// Adding a key that is already there replaces its value, as a `Dictionary` does.
public struct PlistDictionary: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
  public typealias Element = (key: String, value: PlistValue)

  static let indexedFrom = 16

  /// One list, not one per part: a dictionary stays two words inside `PlistValue`, and each
  /// one is a single allocation.
  private var entries: [Entry] = []
  /// Position of each key, once there are more than `indexedFrom`.
  private var positions: [String: Int]?

  fileprivate struct Entry: Sendable {
    /// The key's length and first bytes as one number: a search compares numbers and looks
    /// at a key's text only where they match.
    var tag: UInt64
    var key: String
    var value: PlistValue
  }

  public init() {}

  public init(dictionaryLiteral elements: (String, PlistValue)...) {
    for (key, value) in elements { self[key] = value }
  }

  public init(_ dictionary: [String: PlistValue]) {
    for (key, value) in dictionary { self[key] = value }
  }

  public var count: Int { entries.count }
  public var isEmpty: Bool { entries.isEmpty }
  public var keys: [String] { entries.map(\.key) }

  public mutating func reserveCapacity(_ capacity: Int) { entries.reserveCapacity(capacity) }

  public func makeIterator() -> Iterator { Iterator(entries: entries) }

  public struct Iterator: IteratorProtocol {
    fileprivate let entries: [Entry]
    var position = 0

    public mutating func next() -> Element? {
      guard position < entries.count else { return nil }
      defer { position += 1 }
      return (entries[position].key, entries[position].value)
    }
  }

  /// Whether any entry satisfies `predicate`, given its key's tag and its key.
  func containsEntry(where predicate: (UInt64, String) -> Bool) -> Bool {
    entries.withUnsafeBufferPointer { entries in
      for position in entries.indices
      where predicate(entries[position].tag, entries[position].key) {
        return true
      }
      return false
    }
  }

  public subscript(key: String) -> PlistValue? {
    get { position(of: key, tag: Self.tag(key)).map { entries[$0].value } }
    set {
      if let newValue {
        updateValue(newValue, forKey: key)
      } else if let position = position(of: key, tag: Self.tag(key)) {
        remove(at: position)
      }
    }
  }

  /// Adds `value` under `key`; returns the value it replaced, as `Dictionary.updateValue` does.
  /// One search, whether the key is new or not.
  @discardableResult
  public mutating func updateValue(_ value: PlistValue, forKey key: String) -> PlistValue? {
    let tag = Self.tag(key)
    if let position = position(of: key, tag: tag) {
      let old = entries[position].value
      entries[position].value = value
      return old
    }
    entries.append(Entry(tag: tag, key: key, value: value))
    if positions != nil {
      positions?[key] = entries.count - 1
    } else if entries.count > Self.indexedFrom {
      indexPositions()
    }
    return nil
  }

  /// The entries in the order of their keys. Only positions move while sorting, not the
  /// keys and values (writing a large file sorts a hundred thousand dictionaries).
  public func sorted(byKey areInIncreasingOrder: (String, String) -> Bool) -> [Element] {
    var order = Array(entries.indices)
    let isSorted = zip(order, order.dropFirst()).allSatisfy {
      !areInIncreasingOrder(entries[$1].key, entries[$0].key)
    }
    if !isSorted { order.sort { areInIncreasingOrder(entries[$0].key, entries[$1].key) } }
    return order.map { (entries[$0].key, entries[$0].value) }
  }

  public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> PlistDictionary {
    var result = PlistDictionary()
    for entry in self where try isIncluded(entry) { result[entry.key] = entry.value }
    return result
  }

  static func tag(_ key: String) -> UInt64 {
    var key = key
    return key.withUTF8 { bytes in
      var tag = UInt64(truncatingIfNeeded: bytes.count) << 56
      for position in 0..<Swift.min(7, bytes.count) {
        tag |= UInt64(bytes[position]) << (UInt64(position) * 8)
      }
      return tag
    }
  }

  private func position(of key: String, tag: UInt64) -> Int? {
    if let positions { return positions[key] }
    return entries.withUnsafeBufferPointer { entries in
      for position in entries.indices
      where entries[position].tag == tag && entries[position].key == key {
        return position
      }
      return nil
    }
  }

  private mutating func remove(at position: Int) {
    entries.remove(at: position)
    if positions != nil { indexPositions() }
  }

  private mutating func indexPositions() {
    positions = Dictionary(
      entries.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { $1 })
  }

  /// The same keys with the same values, in any order.
  public static func == (lhs: PlistDictionary, rhs: PlistDictionary) -> Bool {
    lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
  }
}
