import Foundation

/// The on-disk layout and format of the store.
enum StoreFiles {
  /// Raised when the format changes; older files migrate on load, newer ones open read-only.
  static let schemaVersion = 1

  static let indexName = "store.plist"
  static let communitiesFolder = "communities"
  static let trashFolder = "trash"

  static func communityFileName(_ id: UUID) -> String { id.uuidString + ".plist" }

  static func encoder() -> PropertyListEncoder {
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    return encoder
  }
}

/// Only the version, read before anything else so that a newer file is never misread.
struct VersionProbe: Decodable {
  let schemaVersion: Int
}

struct IndexFile: Codable {
  var schemaVersion: Int
  var settings: StoreSettings
  var communities: [CommunitySummary]
}

struct CommunityFile: Codable {
  var schemaVersion: Int
  var community: Community
}

/// Preferences kept with the data, so they follow the store when it is copied.
public struct StoreSettings: Codable, Equatable, Sendable {
  public var theme: String?

  public init(theme: String? = nil) {
    self.theme = theme
  }
}
