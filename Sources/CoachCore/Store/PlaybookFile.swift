import Foundation

/// `playbook.plist` beside `store.plist`: the coach's own checklists and protocols. Read
/// whole, validated and mended in memory; written atomically, and never over a file that
/// changed on disk since it was read, nor over one this version cannot fully read.
public final class PlaybookFile {
  public static let fileName = "playbook.plist"
  static let schemaVersion = 1

  public let url: URL
  /// The file as last read or written; nil when there was none.
  private var known: KnownFile?
  private var residue = Residue()
  /// Why writing is refused: the file is damaged or from a newer version.
  private var refusal: PlaybookError?
  /// How many values reading had to drop or mend (the file itself is left as it is).
  public private(set) var repairCount = 0

  public init(directory: URL) {
    url = directory.appendingPathComponent(Self.fileName)
  }

  /// The playbook on disk; an empty one when there is no file yet. A damaged file throws
  /// `PlaybookError.unreadable`; one from a newer version is read as far as this version
  /// can, and refuses to be written.
  public func read() throws -> CoachPlaybook {
    refusal = nil
    repairCount = 0
    residue = Residue()
    let fingerprint = FileFingerprint.of(url.path)
    guard fingerprint != nil || FileManager.default.fileExists(atPath: url.path) else {
      known = nil
      return CoachPlaybook()
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw StoreError.readFailed(url.path, reason: error.localizedDescription)
    }
    known = KnownFile(fingerprint: fingerprint, data: data)
    let root: PlistDictionary
    do throws(PlistParseError) {
      guard let dictionary = try PlistXMLReader.parse(data).value.dictionary else {
        throw PlistParseError(line: 1, reason: "not a dictionary")
      }
      root = dictionary
    } catch {
      let failure = PlaybookError.unreadable("line \(error.line): \(error.reason)")
      refusal = failure
      throw failure
    }
    let log = ReadLog()
    let version = root["schemaVersion"]?.integer ?? Self.schemaVersion
    if version > Self.schemaVersion { refusal = .newerVersion(version) }
    let playbook = PlaybookReader(log: log).playbook(root)
    residue = log.residue
    repairCount = log.repairs.count
    return playbook
  }

  /// Writes `playbook` in place of the file as it was read.
  public func save(_ playbook: CoachPlaybook) throws {
    if let refusal { throw refusal }
    guard !hasChangedOnDisk() else { throw PlaybookError.changedOnDisk }
    let data = PlistXMLWriter.data(PlaybookWriter(residue: residue).file(playbook))
    try AtomicFile.write(data, to: url)
    known = KnownFile(fingerprint: FileFingerprint.of(url.path), data: data)
  }

  /// Whether the file on disk is not the one read (or written) last: the fingerprint first,
  /// then the bytes, so a touch without a change does not count.
  func hasChangedOnDisk() -> Bool {
    let fingerprint = FileFingerprint.of(url.path)
    guard let known else { return FileManager.default.fileExists(atPath: url.path) }
    guard let fingerprint else { return true }
    if fingerprint == known.fingerprint { return false }
    guard let data = try? Data(contentsOf: url) else { return true }
    return KnownFile.hash(data) != known.contentHash
  }
}

/// Why the playbook was not read or not written, with the sentence a coach reads.
public enum PlaybookError: Error, Equatable, Sendable {
  case changedOnDisk
  case newerVersion(Int)
  case unreadable(String)

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    let name = PlaybookFile.fileName
    switch self {
    case .changedOnDisk:
      return nl
        ? "\(name) werd buiten vlgcoach gewijzigd; er werd niets geschreven. Probeer opnieuw."
        : "\(name) was changed outside vlgcoach; nothing was written. Try again."
    case .newerVersion(let version):
      return nl
        ? "\(name) komt van een nieuwere vlgcoach (versie \(version)); er werd niets geschreven, zodat niets verloren gaat."
        : "\(name) was written by a newer vlgcoach (version \(version)); nothing was written, so nothing is lost."
    case .unreadable(let reason):
      return nl
        ? "\(name) is beschadigd (\(reason)); het bleef onaangeroerd en er werd niets geschreven. Eigen vragenlijsten en protocollen zijn er niet."
        : "\(name) is damaged (\(reason)); it was left untouched and nothing was written. Own checklists and protocols are missing."
    }
  }
}
