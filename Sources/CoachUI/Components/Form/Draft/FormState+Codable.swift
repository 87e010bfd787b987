import CoachCore
import Foundation

// A form can be written to disk as a draft: the text typed into a form that could not be
// saved yet survives a signal or a closed terminal (see `Effect.saveDraft`). The form's
// types synthesise their coding; these two hold a `Character`, so they are coded by hand.

extension TextField: Codable {
  private enum CodingKeys: String, CodingKey {
    case text, cursor, isMultiline, replacesOnType
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try container.decode(String.self, forKey: .text),
      multiline: try container.decodeIfPresent(Bool.self, forKey: .isMultiline) ?? false)
    // The cursor is put at the end: a stored position is only a hint and may not fit.
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(isMultiline, forKey: .isMultiline)
  }
}

extension Completion: Codable {
  private enum CodingKeys: String, CodingKey {
    case candidates, separator
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      try container.decode([String].self, forKey: .candidates),
      separator: try container.decodeIfPresent(String.self, forKey: .separator)?.first)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(candidates, forKey: .candidates)
    try container.encodeIfPresent(separator.map(String.init), forKey: .separator)
  }
}
