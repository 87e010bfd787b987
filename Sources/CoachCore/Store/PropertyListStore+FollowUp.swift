import Foundation

/// The follow-up across communities without reading every community: each community's open
/// agreements are kept in a small digest beside the store (`FollowUpDigestFormat`), written
/// with every save and checked against the community file's fingerprint when read.
extension PropertyListStore {
  /// The digest of a community: from the cache when it was made from the community file as
  /// it is now, else made from the file (and kept for next time). Throws like `community`.
  public func followUpDigest(_ id: UUID) throws -> FollowUpDigest {
    let url = communityURL(id)
    if let source = FileFingerprint.of(url.path),
      let data = fileManager.contents(atPath: followUpDigestURL(id).path),
      let digest = FollowUpDigestFormat.decode(data, id: id, source: source)
    {
      return digest
    }
    let community = try community(id)
    let digest = FollowUpDigest(community)
    if let source = known[id]?.fingerprint { keepFollowUpDigest(digest, source: source) }
    return digest
  }

  /// Writes the digest of a community just written or read. Not durable and never an error:
  /// a digest lost in a crash is made again from the community file.
  func keepFollowUpDigest(_ digest: FollowUpDigest, source: FileFingerprint) {
    // A store opened by a newer vlgcoach is left alone; one opened for reading may keep its
    // cache (the digest is replaced whole and checked on every read).
    if case .readOnly(let reason) = access, reason != .openedForReading { return }
    let url = followUpDigestURL(digest.communityID)
    let data = FollowUpDigestFormat.encode(digest, source: source)
    do {
      // Private like the rest of the store: the digests hold agreements and names.
      let folder = url.deletingLastPathComponent()
      try ensureFolder(folder.deletingLastPathComponent())
      try ensureFolder(folder)
      try AtomicFile.write(data, to: url, durable: false)
    } catch {
      // Only a cache: the next follow-up reads the community file instead.
    }
  }

  func followUpDigestURL(_ id: UUID) -> URL {
    directory.appendingPathComponent(FollowUpDigestFormat.folder)
      .appendingPathComponent(id.text + ".plist")
  }
}
