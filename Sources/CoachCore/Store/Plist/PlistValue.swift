import Foundation

/// A property-list value as read from disk, before the model makes sense of it. The store
/// reads files into this tree, validates what it knows and keeps the rest as it was.
public enum PlistValue: Sendable {
  case string(String)
  /// A text that is an id written the way this program writes ids (`UUID.text`: upper-case
  /// hex digits and hyphens), kept as the id: a large file holds hundreds of thousands, and
  /// each as a text was a string made, parsed and freed. It is still that text: `string`
  /// gives it, it equals `.string` of the same text, and it is written as a `<string>`.
  case uuid(UUID)
  case integer(Int)
  case real(Double)
  case bool(Bool)
  case date(Date)
  case data(Data)
  case array([PlistValue])
  case dictionary(PlistDictionary)
  /// An element whose text does not fit its type (`<integer>12x</integer>`): kept as read,
  /// so that a value this version cannot use is still written back unchanged. Boxed: rare,
  /// and two texts would make every value of every file twice as large.
  indirect case malformed(element: String, text: String)
  /// A value already written as XML by this program (a record unchanged since the last save):
  /// made only when writing, never by reading a file.
  case written(PlistFragment)

  public var string: String? {
    switch self {
    case .string(let value): value
    case .uuid(let id): id.text
    default: nil
    }
  }

  /// An id, from the text of one in either case.
  public var uuid: UUID? {
    switch self {
    case .uuid(let id): id
    case .string(let value): UUID.parsing(value)
    default: nil
    }
  }

  public var integer: Int? {
    if case .integer(let value) = self { return value }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var date: Date? {
    if case .date(let value) = self { return value }
    return nil
  }

  public var array: [PlistValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  public var dictionary: PlistDictionary? {
    if case .dictionary(let value) = self { return value }
    return nil
  }
}

extension PlistValue: Equatable {
  /// Values equal as they are written: an id kept as `.uuid` equals the same text.
  public static func == (a: PlistValue, b: PlistValue) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): x == y
    case (.uuid(let x), .uuid(let y)): x == y
    case (.uuid(let id), .string(let text)), (.string(let text), .uuid(let id)): id.text == text
    case (.integer(let x), .integer(let y)): x == y
    case (.real(let x), .real(let y)): x == y
    case (.bool(let x), .bool(let y)): x == y
    case (.date(let x), .date(let y)): x == y
    case (.data(let x), .data(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.dictionary(let x), .dictionary(let y)): x == y
    case (.malformed(let e1, let t1), .malformed(let e2, let t2)): e1 == e2 && t1 == t2
    case (.written(let x), .written(let y)): x == y
    default: false
    }
  }
}
