import Foundation

/// A property-list value as read from disk, before the model makes sense of it. The store
/// reads files into this tree, validates what it knows and keeps the rest as it was.
public enum PlistValue: Equatable, Sendable {
  case string(String)
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

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
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
