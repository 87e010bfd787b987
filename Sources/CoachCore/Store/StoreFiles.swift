import Foundation

/// The on-disk layout and format of the store.
enum StoreFiles {
  /// Raised when the format changes; older files migrate on load, newer ones open read-only.
  static let schemaVersion = SchemaMigration.current

  static let indexName = "store.plist"
  static let communitiesFolder = "communities"
  static let trashFolder = "trash"

  static func communityFileName(_ id: UUID) -> String { id.text + ".plist" }
}

/// Preferences kept with the data, so they follow the store when it is copied.
public struct StoreSettings: Equatable, Sendable {
  public var theme: String?

  public init(theme: String? = nil) {
    self.theme = theme
  }
}
