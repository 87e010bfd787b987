import Foundation
import Testing

@testable import CoachCore

/// Files written by a newer vlgcoach open read-only, so that nothing this version does not
/// understand is lost.
@Suite("Store schema version")
struct StoreVersionTests {
  private func communityFile(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent("communities/\(id.uuidString).plist")
  }

  /// Every change a read-only store must refuse, each with the reason it gives.
  private func expectEveryChangeRefused(
    _ store: PropertyListStore, because reason: ReadOnlyReason, existing: Community,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(throws: StoreError.readOnly(reason), sourceLocation: sourceLocation) {
      try store.save(existing)
    }
    #expect(throws: StoreError.readOnly(reason), sourceLocation: sourceLocation) {
      try store.save(try makeCommunity("VLG Nieuw"))
    }
    #expect(throws: StoreError.readOnly(reason), sourceLocation: sourceLocation) {
      try store.trash(existing.id)
    }
    #expect(throws: StoreError.readOnly(reason), sourceLocation: sourceLocation) {
      try store.restore(existing.id)
    }
    #expect(throws: StoreError.readOnly(reason), sourceLocation: sourceLocation) {
      try store.saveSettings(StoreSettings(theme: "dark"))
    }
  }

  @Test func aNewerIndexOpensReadOnlyAndIsLeftUnchanged() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let index = folder.appendingPathComponent("store.plist")
      let future = try editedPropertyList(try bytes(of: index)) { $0["schemaVersion"] = 99 }
      try future.write(to: index)
      let communityBytes = try bytes(of: communityFile(folder, handel.id))

      let store = try openStore(folder)
      let reason = ReadOnlyReason.futureVersion(file: "store.plist", version: 99)
      #expect(store.access == .readOnly(reason))
      #expect(store.problems == [.futureVersion(file: "store.plist", version: 99)])
      #expect(store.summaries == [CommunitySummary(handel)], "still readable")
      #expect(try store.community(handel.id) == handel)
      try expectEveryChangeRefused(store, because: reason, existing: handel)
      #expect(try bytes(of: index) == future)
      #expect(try bytes(of: communityFile(folder, handel.id)) == communityBytes)
    }
  }

  @Test func aNewerIndexThisVersionCannotReadIsNotSetAside() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      _ = try openStore(folder)
      let index = folder.appendingPathComponent("store.plist")
      let future = try PropertyListSerialization.data(
        fromPropertyList: ["schemaVersion": 99, "groups": ["a new shape"]], format: .xml,
        options: 0)
      try future.write(to: index)

      let store = try openStore(folder)
      #expect(store.access == .readOnly(.futureVersion(file: "store.plist", version: 99)))
      #expect(store.problems == [.futureVersion(file: "store.plist", version: 99)])
      #expect(try bytes(of: index) == future)
      #expect(names(in: folder).allSatisfy { !$0.contains(".corrupt-") })
    }
  }

  @Test func aNewerCommunityFileFoundOnOpeningMakesTheStoreReadOnly() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let newer = try makeCommunity("VLG Nieuwer", members: ["Jan"])
      try seedStore(folder, with: [handel])
      let file = communityFile(folder, newer.id)
      let future = try encodedCommunityFile(newer, schemaVersion: 99)
      try future.write(to: file)
      let indexBytes = try bytes(of: folder.appendingPathComponent("store.plist"))

      let store = try openStore(folder)
      let reason = ReadOnlyReason.futureVersion(
        file: "communities/\(newer.id.uuidString).plist", version: 99)
      #expect(store.access == .readOnly(reason))
      #expect(
        store.problems == [
          .futureVersion(file: "communities/\(newer.id.uuidString).plist", version: 99)
        ])
      #expect(store.summaries == [CommunitySummary(handel), CommunitySummary(newer)])
      #expect(try store.community(newer.id) == newer)
      try expectEveryChangeRefused(store, because: reason, existing: handel)
      #expect(try bytes(of: file) == future)
      #expect(try bytes(of: folder.appendingPathComponent("store.plist")) == indexBytes)
    }
  }

  @Test func aNewerCommunityFileInTheIndexMakesTheStoreReadOnlyWhenRead() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let other = try makeCommunity("VLG Geschiedenis")
      try seedStore(folder, with: [handel, other])
      let file = communityFile(folder, handel.id)
      let future = try editedPropertyList(try bytes(of: file)) { $0["schemaVersion"] = 99 }

      // A newer vlgcoach writes the file while this one is open, so it opened writable ...
      let store = try openStore(folder)
      #expect(store.access == .readWrite)
      try future.write(to: file)
      // ... until the newer file is read: from then on nothing may be written.
      #expect(try store.community(handel.id) == handel)
      let reason = ReadOnlyReason.futureVersion(
        file: "communities/\(handel.id.uuidString).plist", version: 99)
      #expect(store.access == .readOnly(reason))
      try expectEveryChangeRefused(store, because: reason, existing: handel)
      #expect(try bytes(of: file) == future)
    }
  }

  @Test func aNewerCommunityFileFoundWhenReadIsAProblemReportedOnce() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let file = communityFile(folder, handel.id)
      let store = try openStore(folder)
      try editedPropertyList(try bytes(of: file)) { $0["schemaVersion"] = 99 }.write(to: file)
      #expect(store.problems == [])
      _ = try store.community(handel.id)
      _ = try store.community(handel.id)
      #expect(
        store.problems == [
          .futureVersion(file: "communities/\(handel.id.uuidString).plist", version: 99)
        ])
    }
  }

  @Test func aNewerCommunityFileThisVersionCannotReadIsLeftInPlace() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let id = UUID()
      _ = try openStore(folder)
      let file = communityFile(folder, id)
      let future = try PropertyListSerialization.data(
        fromPropertyList: ["schemaVersion": 99, "vlg": ["naam": "Onbekend"]], format: .xml,
        options: 0)
      try future.write(to: file)

      let store = try openStore(folder)
      let reason = ReadOnlyReason.futureVersion(
        file: "communities/\(id.uuidString).plist", version: 99)
      #expect(store.access == .readOnly(reason))
      #expect(
        store.problems == [.futureVersion(file: "communities/\(id.uuidString).plist", version: 99)])
      #expect(store.summaries == [])
      #expect(throws: StoreError.readOnly(reason)) { try store.community(id) }
      #expect(try bytes(of: file) == future, "not set aside as damaged")
    }
  }

  @Test func theCurrentVersionIsWrittenToEveryFile() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let store = try openStore(folder)
      try store.save(handel)
      for url in [folder.appendingPathComponent("store.plist"), communityFile(folder, handel.id)] {
        #expect(try declaredVersion(try bytes(of: url)) == StoreFiles.schemaVersion)
      }
    }
  }
}
