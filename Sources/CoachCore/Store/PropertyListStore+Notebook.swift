import Foundation

/// The coach's private notes, stored in the community's file under their own key but never
/// part of the `Community` value: only these two functions hand them out or take them in.
extension PropertyListStore {
  /// The notes on a community, read from its file if this instance has not read it yet.
  public func notebook(_ id: UUID) throws -> CoachNotebook {
    if kept[id] == nil { _ = try community(id) }
    return kept[id]?.notebook ?? CoachNotebook(communityID: id)
  }

  /// Writes the notes into the community's file, with the community as it is on disk. A file
  /// changed by someone else since it was read is not written without `resolving`.
  public func saveNotebook(_ notebook: CoachNotebook, resolving choice: OutsideChangeChoice? = nil)
    throws
  {
    try requireWritable()
    let id = notebook.communityID
    if hasChangedOnDisk(id) {
      let name = summaries.first(where: { $0.id == id })?.name ?? id.text
      switch choice {
      case nil: throw StoreError.changedOnDisk(name: name)
      case .keepMine: break
      case .keepBoth: try keepOutsideVersion(of: id)
      }
    }
    // Read as it is now: the notes change, the community in the file does not.
    let community = try community(id)
    kept[id, default: CommunityFileFormat.Kept()].notebook = notebook
    try save(community)
  }
}
