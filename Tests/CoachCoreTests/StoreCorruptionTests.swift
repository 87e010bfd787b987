import Foundation
import Testing

@testable import CoachCore

/// A file that does not decode is set aside as `*.corrupt-<timestamp>`, reported, never
/// overwritten, and the rest of the store still opens.
@Suite("Store corruption")
struct StoreCorruptionTests {
  private func relativePath(_ id: UUID) -> String { "communities/\(id.uuidString).plist" }

  private func communityFile(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent(relativePath(id))
  }

  enum Damage: String, CaseIterable, Sendable {
    case garbage, empty, truncated, noSchemaVersion, noCommunity, binaryNoise

    func bytes(for community: Community) throws -> Data {
      let valid = try encodedCommunityFile(community)
      switch self {
      case .garbage: return CoachCoreTests.garbage
      case .empty: return Data()
      case .truncated: return valid.prefix(valid.count / 2)
      case .noSchemaVersion: return try editedPropertyList(valid) { $0["schemaVersion"] = nil }
      case .noCommunity:
        return try editedPropertyList(valid) { $0["community"] = "a text, not a community" }
      case .binaryNoise: return Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) })
      }
    }
  }

  @Test(arguments: Damage.allCases)
  func aDamagedFileFoundOnOpeningIsSetAside(_ damage: Damage) throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      let damaged = try makeCommunity("VLG Beschadigd")
      try seedStore(folder, with: [handel, geschiedenis])
      // A file the index does not list, so opening decodes it.
      let damagedBytes = try damage.bytes(for: damaged)
      try damagedBytes.write(to: communityFile(folder, damaged.id))

      let store = try openStore(folder)
      let movedTo = relativePath(damaged.id) + ".corrupt-" + Fixture.nowStamp
      #expect(store.problems == [.corruptFile(file: relativePath(damaged.id), movedTo: movedTo)])
      #expect(store.access == .readWrite)
      #expect(!fileExists(communityFile(folder, damaged.id)))
      #expect(try bytes(of: folder.appendingPathComponent(movedTo)) == damagedBytes)
      #expect(store.summaries.map(\.id) == [handel.id, geschiedenis.id])
      #expect(try store.community(handel.id) == handel)
      #expect(try store.community(geschiedenis.id) == geschiedenis)
    }
  }

  @Test func aDamagedFileFoundWhenReadIsSetAside() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      let store = try openStore(folder)
      try store.save(handel)
      try store.save(geschiedenis)
      try garbage.write(to: communityFile(folder, handel.id))

      let movedTo = relativePath(handel.id) + ".corrupt-" + Fixture.nowStamp
      #expect(throws: StoreError.communityCorrupt(name: "VLG Handel", movedTo: movedTo)) {
        try store.community(handel.id)
      }
      #expect(try bytes(of: folder.appendingPathComponent(movedTo)) == garbage)
      #expect(!fileExists(communityFile(folder, handel.id)))
      #expect(store.summaries.map(\.id) == [geschiedenis.id])
      #expect(try store.community(geschiedenis.id) == geschiedenis)

      // Saving the others never touches the file set aside.
      try store.save(geschiedenis)
      #expect(try bytes(of: folder.appendingPathComponent(movedTo)) == garbage)
    }
  }

  @Test func aDamagedFileFoundWhenReadIsAProblem() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let store = try openStore(folder)
      try store.save(handel)
      try garbage.write(to: communityFile(folder, handel.id))
      #expect(store.problems == [])

      #expect(throws: StoreError.self) { try store.community(handel.id) }
      let movedTo = relativePath(handel.id) + ".corrupt-" + Fixture.nowStamp
      #expect(store.problems == [.corruptFile(file: relativePath(handel.id), movedTo: movedTo)])
    }
  }

  @Test func aDamagedFileFoundWhenReadByAReaderIsAProblemLeftInPlace() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let writer = try openStore(folder)
      try writer.save(handel)
      let reader = try openStore(folder)
      try garbage.write(to: communityFile(folder, handel.id))

      #expect(throws: StoreError.self) { try reader.community(handel.id) }
      #expect(throws: StoreError.self) { try reader.community(handel.id) }
      #expect(reader.problems == [.corruptFile(file: relativePath(handel.id), movedTo: nil)])
      withExtendedLifetime(writer) {}
    }
  }

  @Test func aFileSetAsideWhenReadIsNotReportedAgainAsMissing() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      do {
        let store = try openStore(folder)
        try store.save(handel)
        try store.save(geschiedenis)
        try garbage.write(to: communityFile(folder, handel.id))
        #expect(throws: StoreError.self) { try store.community(handel.id) }
      }
      let reopened = try openStore(folder)
      #expect(reopened.problems == [], "the coach was told once, when it was set aside")
      #expect(reopened.summaries.map(\.id) == [geschiedenis.id])
    }
  }

  @Test func aSecondDamagedFileNeverOverwritesTheFirst() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let damaged = try makeCommunity("VLG Beschadigd")
      _ = try openStore(folder)
      let first = Data("first damage".utf8)
      let second = Data("second damage".utf8)
      try first.write(to: communityFile(folder, damaged.id))
      _ = try openStore(folder)  // same clock, so the same timestamp
      try second.write(to: communityFile(folder, damaged.id))
      let store = try openStore(folder)

      let base = relativePath(damaged.id) + ".corrupt-" + Fixture.nowStamp
      #expect(
        store.problems == [.corruptFile(file: relativePath(damaged.id), movedTo: base + "-2")])
      #expect(try bytes(of: folder.appendingPathComponent(base)) == first)
      #expect(try bytes(of: folder.appendingPathComponent(base + "-2")) == second)
    }
  }

  @Test func aDamagedIndexIsSetAsideAndRebuiltFromTheFiles() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel", members: ["Jan"])
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      try seedStore(folder, with: [handel, geschiedenis])
      let index = folder.appendingPathComponent("store.plist")
      try garbage.write(to: index)

      let store = try openStore(folder)
      let movedTo = "store.plist.corrupt-" + Fixture.nowStamp
      #expect(store.problems == [.corruptFile(file: "store.plist", movedTo: movedTo)])
      #expect(store.access == .readWrite)
      #expect(try bytes(of: folder.appendingPathComponent(movedTo)) == garbage)
      #expect(
        Set(store.summaries.map(\.id)) == [handel.id, geschiedenis.id]
          && store.summaries.count == 2)
      #expect(store.summaries.first(where: { $0.id == handel.id }) == CommunitySummary(handel))

      // The rebuilt index is on disk: the next start finds nothing wrong.
      let data = try bytes(of: index)
      #expect(String(decoding: data, as: UTF8.self).hasPrefix("<?xml"))
      let next = try openStore(folder)
      #expect(next.problems == [])
      #expect(Set(next.summaries.map(\.id)) == [handel.id, geschiedenis.id])
    }
  }

  @Test func aReadOnlyStoreLeavesADamagedFileInPlace() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let damaged = try makeCommunity("VLG Beschadigd")
      let writer = try openStore(folder)
      try writer.save(handel)
      try garbage.write(to: communityFile(folder, damaged.id))

      // A second instance is read-only: it reports the damage but renames nothing.
      let reader = try openStore(folder)
      #expect(reader.isReadOnly)
      #expect(reader.problems == [.corruptFile(file: relativePath(damaged.id), movedTo: nil)])
      #expect(try bytes(of: communityFile(folder, damaged.id)) == garbage)

      try garbage.write(to: communityFile(folder, handel.id))
      #expect(throws: StoreError.communityCorrupt(name: "VLG Handel", movedTo: nil)) {
        try reader.community(handel.id)
      }
      #expect(try bytes(of: communityFile(folder, handel.id)) == garbage)
      #expect(
        names(in: folder.appendingPathComponent("communities")).allSatisfy {
          !$0.contains(".corrupt-")
        })
      withExtendedLifetime(writer) {}
    }
  }
}
