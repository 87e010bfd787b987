import Foundation

/// “/” on a list: the text typed so far, and whether typing goes into it.
public struct FilterState: Equatable, Sendable {
  public var field = TextField()
  public var isEditing = false

  public init() {}

  public var text: String { field.text }
  public var isActive: Bool { !field.text.isEmpty }

  /// Case- and accent-insensitive: “zoe” finds “Zoë”.
  public func matches(_ values: [String]) -> Bool {
    let wanted = Self.fold(field.text)
    if wanted.isEmpty { return true }
    return values.contains { Self.fold($0).contains(wanted) }
  }

  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
