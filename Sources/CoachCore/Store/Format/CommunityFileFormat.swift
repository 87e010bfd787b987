import Foundation

/// One community file on disk: bytes to community and back, through the version check, the
/// migrations and the validating reader. Never traps, whatever the bytes.
enum CommunityFileFormat {
  enum Decoded {
    /// Read (perhaps mended: see `repairs`), with what to write back unchanged.
    case community(Community, Kept, repairs: [StoredRepair], version: Int)
    /// Written by a newer version: the community if it reads, for looking only.
    case future(version: Int, Community?)
    /// Not a community file this program can make sense of, and why.
    case unreadable(String)
  }

  /// What a save writes back that this version does not use.
  struct Kept: Equatable, Sendable {
    var residue = Residue()
    /// Top-level keys other than the version, the community and the notes.
    var topLevel: PlistDictionary = [:]
    /// The coach's notes stored beside the community: written back with it, handed out only
    /// by `PropertyListStore.notebook(_:)`.
    var notebook: CoachNotebook?
  }

  static func decode(_ data: Data, fileID: UUID?) -> Decoded {
    let parsed: PlistXMLReader.Result
    do {
      parsed = try PlistXMLReader.parse(data)
    } catch {
      return .unreadable("line \(error.line): \(error.reason)")
    }
    guard let root = parsed.value.dictionary else {
      return .unreadable("not a dictionary at the top")
    }
    guard let version = root["schemaVersion"]?.integer, version >= 1 else {
      return .unreadable("no schemaVersion")
    }
    let log = ReadLog()
    if parsed.hadInvalidText { log.repair(.file, .invalidText) }
    for key in parsed.duplicateKeys { log.repair(.file, .duplicateKey(key)) }
    if version > SchemaMigration.current {
      // A newer shape may mean something else: read for display at most, never repaired.
      let community = CommunityReader(log: log).community(root["community"], fileID: fileID)
      return .future(version: version, community)
    }
    let tree = SchemaMigration.migrate(community: root["community"] ?? .string(""), from: version)
    guard let community = CommunityReader(log: log).community(tree, fileID: fileID) else {
      return .unreadable("no community in it")
    }
    let topLevel = root.filter { !StoredShape.fileKeys.contains($0.key) }
    let notebook = NotebookReader(log: log).notebook(root["coachNotes"], communityID: community.id)
    return .community(
      community, Kept(residue: log.residue, topLevel: topLevel, notebook: notebook),
      repairs: log.repairs,
      version: version)
  }

  /// The file's bytes; `parts` (made for this community and `kept.residue`) are taken as
  /// they are.
  static func encode(
    _ community: Community, keeping kept: Kept = Kept(), parts: WrittenParts? = nil
  ) -> Data {
    // Parts written with other kept keys would put back keys that are gone, or miss new ones.
    let reusable = parts.flatMap { $0.residue == kept.residue ? $0 : nil }
    let writer = CommunityWriter(residue: kept.residue, parts: reusable)
    return PlistXMLWriter.data(
      writer.file(
        community, notebook: kept.notebook, schemaVersion: SchemaMigration.current,
        topLevel: kept.topLevel),
      expectedSize: (reusable?.byteCount ?? 0) + (1 << 16))
  }
}
