import Foundation
import Testing

@testable import CoachCore

/// Fixed instants and days, so that no test depends on the clock.
enum Fixture {
  /// 2026-05-28 20:26:40 UTC, a whole second (XML property lists store whole seconds).
  static let now = Date(timeIntervalSince1970: 1_780_000_000)
  /// How `now` appears in the name of a file set aside as damaged.
  static let nowStamp = "20260528-202640"
}

/// A day written as `YYYY-MM-DD`; fails the test if the text is not a valid day.
func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CalendarDay {
  try #require(CalendarDay(iso: iso), sourceLocation: sourceLocation)
}

/// A community with the given member names, built through the same rules the program uses.
func makeCommunity(
  _ name: String, subject: String = "", schools: [String] = [], members: [String] = [],
  phase: Phase = .engageSchoolLeaders, otherNames: [String] = [],
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> Community {
  var community = try Community.create(
    CommunityDraft(name: name, subject: subject, schools: schools), otherNames: otherNames,
    phase: phase, today: try day("2026-01-12", sourceLocation: sourceLocation), now: Fixture.now)
  for member in members {
    try community.addMember(
      MemberDraft(name: member), today: try day("2026-01-12", sourceLocation: sourceLocation))
  }
  return community
}

/// Where a test keeps its store: a folder the store itself creates, inside the test's folder.
func storeFolder(in temp: URL) -> URL {
  temp.appendingPathComponent("store", isDirectory: true)
}

func openStore(_ directory: URL, now: Date = Fixture.now) throws -> PropertyListStore {
  try PropertyListStore(directory: directory, now: { now })
}

/// Saves `communities` into a store in `directory` and closes it again (releasing the lock),
/// as a program that ran earlier would have left it.
func seedStore(_ directory: URL, with communities: [Community]) throws {
  let store = try openStore(directory)
  for community in communities { try store.save(community) }
}

/// The permission bits of a file or folder, e.g. `0o600`.
func permissions(of url: URL) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
  return try #require(attributes[.posixPermissions] as? NSNumber).intValue
}

func bytes(of url: URL) throws -> Data {
  try Data(contentsOf: url)
}

func fileExists(_ url: URL) -> Bool {
  FileManager.default.fileExists(atPath: url.path)
}

/// The names in a folder, sorted; empty when the folder is missing.
func names(in folder: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

/// A community file as the store writes it, for tests that place files by hand.
func encodedCommunityFile(_ community: Community, schemaVersion: Int = StoreFiles.schemaVersion)
  throws -> Data
{
  PlistXMLWriter.data(
    CommunityWriter(residue: Residue()).file(
      community, schemaVersion: schemaVersion, topLevel: [:]))
}

/// Reads a community file as the store does; fails the test unless it reads cleanly or with
/// repairs (returned beside it).
func decodedCommunityFile(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation)
  throws -> (Community, [StoredRepair])
{
  guard
    case .community(let community, _, let repairs, _) = CommunityFileFormat.decode(
      data, fileID: nil)
  else {
    Issue.record("the file did not read as a community", sourceLocation: sourceLocation)
    throw CancellationError()
  }
  return (community, repairs)
}

/// A summary as the index stores it: `entry` is one entry of the index's list.
func summaryFromIndexEntry(_ entry: Data) throws -> CommunitySummary {
  let value = try PlistXMLReader.parse(entry).value
  let index = PlistXMLWriter.data(
    .dictionary(["schemaVersion": .integer(1), "communities": .array([value])]))
  guard case .index(let decoded) = IndexFormat.decode(index), let first = decoded.entries.first
  else { throw CancellationError() }
  return first.summary
}

/// The summaries of an index file, in its order.
func indexEntries(_ data: Data) throws -> [CommunitySummary] {
  guard case .index(let decoded) = IndexFormat.decode(data) else { throw CancellationError() }
  return decoded.entries.map(\.summary)
}

/// The schemaVersion a stored file declares.
func declaredVersion(_ data: Data) throws -> Int? {
  try PlistXMLReader.parse(data).value.dictionary?["schemaVersion"]?.integer
}

/// Decodes a property list into a dictionary, lets `change` edit it, and encodes it again as
/// XML: the way to fake a file written by another version of the program.
func editedPropertyList(_ data: Data, _ change: (inout [String: Any]) -> Void) throws -> Data {
  let object = try PropertyListSerialization.propertyList(from: data, format: nil)
  var dictionary = try #require(object as? [String: Any])
  change(&dictionary)
  return try PropertyListSerialization.data(
    fromPropertyList: dictionary, format: .xml, options: 0)
}

/// Bytes that are no property list at all.
let garbage = Data("this is not a property list \u{0}\u{1}\u{2} <dict><key>".utf8)

/// Overwrites a file in place with `replacement` (padded with spaces or cut to the file's
/// length) and puts its modification time back: a change its fingerprint cannot show, to
/// prove that opening the store does not read a file it has no reason to read.
func overwriteKeepingFingerprint(_ url: URL, with replacement: Data) throws {
  var info = stat()
  guard stat(url.path, &info) == 0 else { throw CancellationError() }
  let size = Int(info.st_size)
  var bytes = replacement.prefix(size)
  bytes.append(Data(repeating: 32, count: size - bytes.count))
  let handle = try FileHandle(forWritingTo: url)
  try handle.write(contentsOf: bytes)
  try handle.close()
  var times = [info.st_atim, info.st_mtim]
  guard utimensat(AT_FDCWD, url.path, &times, 0) == 0 else { throw CancellationError() }
}
