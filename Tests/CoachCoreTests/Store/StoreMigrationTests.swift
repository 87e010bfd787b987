import Foundation
import Testing

@testable import CoachCore

/// Files written by every earlier version open and come out in the current shape; keys this
/// version does not know survive a save; the stored shape cannot change without a new version.
@Suite("Store versions and migrations")
struct StoreMigrationTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// A copy of a fixture store in `temp`, since opening a store may write to it.
  func copyOfFixture(_ name: String, in temp: URL) throws -> URL {
    let target = storeFolder(in: temp)
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent(name), to: target)
    return target
  }

  @Test func theStoredShapeIsTheOneRecordedForThisVersion() throws {
    let full = try StoredShapeDescription.fullCommunity()
    let tree = CommunityWriter(residue: Residue()).file(
      full, notebook: try StoredShapeDescription.fullNotebook(full),
      schemaVersion: StoreFiles.schemaVersion,
      topLevel: [:])
    let description = StoredShapeDescription.of(tree)
    let recorded = Self.fixtures.appendingPathComponent("shape-v\(StoreFiles.schemaVersion).txt")
    if ProcessInfo.processInfo.environment["VLGCOACH_UPDATE_GOLDEN"] != nil {
      try Data(description.utf8).write(to: recorded)
    }
    let expected = String(decoding: (try? Data(contentsOf: recorded)) ?? Data(), as: UTF8.self)
    #expect(
      description == expected,
      """
      The stored shape changed. Raise SchemaMigration.current, add a migration and a fixture \
      written by the previous version, then record shape-v<new>.txt \
      (VLGCOACH_UPDATE_GOLDEN=1 swift test --filter StoreMigrationTests).
      """)
  }

  @Test func everyOlderVersionHasAFixtureWrittenByIt() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
    for version in 1..<StoreFiles.schemaVersion {
      #expect(names.contains { $0.hasPrefix("v\(version)-") }, "no fixture of version \(version)")
    }
  }

  @Test func aStoreOfTheFirstVersionBeforeMeetingsOpensWhole() throws {
    try TemporaryDirectory.with { temp in
      let folder = try copyOfFixture("v1-before-meetings", in: temp)
      let store = try openStore(folder)
      #expect(store.access == .readWrite)
      #expect(store.problems == [])
      let summary = try #require(store.summaries.first)
      #expect(summary.name == "VLG Geschiedenis")
      #expect(summary.phase == .motivateTeachers)
      let community = try store.community(summary.id)
      #expect(community.members.map(\.name) == ["Els Maes", "Jan Wouters"])
      #expect(community.members.map(\.role) == [.teacher, .schoolLeader])
      #expect(community.phaseHistory.map(\.note) == ["", "Alle directies akkoord"])
      #expect(community.meetings.isEmpty && community.agreements.isEmpty)

      // Saved once, it is in the current shape and reads back equal.
      try store.save(community)
      let file = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      #expect(try declaredVersion(try bytes(of: file)) == StoreFiles.schemaVersion)
      #expect(try openStore(folder).community(community.id) == community)
    }
  }

  @Test func agreementsOfTheFirstVersionKeepWhenTheyAreDue() throws {
    try TemporaryDirectory.with { temp in
      let folder = try copyOfFixture("v1-with-meetings", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      let community = try store.community(try #require(store.summaries.first).id)
      #expect(community.meetings.count == 2)
      #expect(community.agreements.map(\.due) == [.nextMeeting, .day(try day("2026-11-20"))])
      #expect(community.agreements.first?.status == .partly)
      #expect(community.agreements.first?.reviews.first?.note == "half")
      let first = try #require(community.meeting(number: 1))
      #expect(first.attendance.values.sorted { $0.rawValue < $1.rawValue } == [.absent, .present])

      try store.save(community)
      let file = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      let tree = try PlistXMLReader.parse(try bytes(of: file)).value
      let dues = tree.dictionary?["community"]?.dictionary?["agreements"]?.array?.compactMap {
        $0.dictionary?["due"]?.string
      }
      #expect(dues == ["nextMeeting", "2026-11-20"])
      #expect(try openStore(folder).community(community.id) == community)
    }
  }

  @Test func keysThisVersionDoesNotKnowSurviveASave() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let community = try StoredShapeDescription.fullCommunity()
      try seedStore(folder, with: [community])
      let url = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      let extra: PlistValue = .dictionary(["from": .string("a newer vlgcoach"), "n": .integer(7)])
      // Written by a newer version of the same schema: a field on every kind of object.
      var root = try #require(try PlistXMLReader.parse(try bytes(of: url)).value.dictionary)
      root["newTopLevel"] = extra
      root["community"] = Self.addingField(extra, to: try #require(root["community"]))
      try PlistXMLWriter.data(.dictionary(root)).write(to: url)

      let store = try openStore(folder)
      var read = try store.community(community.id)
      #expect(read == community)
      #expect(store.problems == [])
      read.name = "VLG Handel Kempen"
      read.meetings[0].notes = "Nieuw"
      try store.save(read)

      let saved = try #require(try PlistXMLReader.parse(try bytes(of: url)).value.dictionary)
      #expect(saved["newTopLevel"] == extra)
      let expected = Self.addingField(
        extra, to: CommunityWriter(residue: Residue()).community(read))
      #expect(saved["community"] == expected)
    }
  }

  /// `field` added under the key `future` to the community and every object in it.
  static func addingField(_ field: PlistValue, to value: PlistValue) -> PlistValue {
    switch value {
    case .dictionary(var fields):
      for (key, child) in fields where key != "attendance" {
        fields[key] = addingField(field, to: child)
      }
      fields["future"] = field
      return .dictionary(fields)
    case .array(let items):
      return .array(items.map { addingField(field, to: $0) })
    default:
      return value
    }
  }
}
