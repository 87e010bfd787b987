import Foundation

extension Community {
  /// The names of the members with these ids, in the given order; unknown ids are skipped.
  public func memberNames(_ ids: [UUID]) -> [String] {
    ids.compactMap { id in members.first { $0.id == id }?.name }
  }
}
