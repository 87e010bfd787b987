/// The coach's own checklists and protocols, in `playbook.plist` beside `store.plist`.
extension PropertyListStore {
  /// The playbook on disk (an empty one when there is none); see `PlaybookFile.read`.
  public func readPlaybook() throws -> CoachPlaybook {
    try playbookFile.read()
  }

  /// Writes the playbook; refused when the store is read-only, when the file changed on disk
  /// since `readPlaybook`, or when it is damaged or from a newer version.
  public func savePlaybook(_ playbook: CoachPlaybook) throws {
    try requireWritable()
    try playbookFile.save(playbook)
  }
}
