import Foundation

/// The written parts of the communities saved last, a few at a time: a coach works on one
/// community at a time, and each holds about its file's size.
struct WrittenPartsCache {
  static let capacity = 4
  /// Oldest first.
  private var entries: [(id: UUID, parts: WrittenParts)] = []

  /// The parts for `community` as it is now (see `WrittenParts.updated`), remembered.
  mutating func parts(for community: Community, residue: Residue) -> WrittenParts {
    let known = entries.firstIndex { $0.id == community.id }
    let old = known.map { entries.remove(at: $0).parts } ?? WrittenParts(residue: residue)
    let parts = old.updated(for: community, residue: residue)
    entries.append((community.id, parts))
    if entries.count > Self.capacity { entries.removeFirst() }
    return parts
  }

  mutating func forget(_ id: UUID) {
    entries.removeAll { $0.id == id }
  }
}
