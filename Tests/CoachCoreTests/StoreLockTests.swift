import Foundation
import Testing

@testable import CoachCore

/// One writer at a time: a second instance on the same store opens read-only.
@Suite("Store lock")
struct StoreLockTests {
  @Test func aSecondInstanceIsReadOnlyUntilTheFirstIsReleased() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      var first: PropertyListStore? = try openStore(folder)
      #expect(first?.access == .readWrite)
      try first?.save(handel)

      let reason = ReadOnlyReason.lockedByOtherInstance(pid: getpid())
      let second = try openStore(folder)
      #expect(second.access == .readOnly(reason))
      #expect(second.isReadOnly)
      #expect(second.summaries == [CommunitySummary(handel)], "it can still read")
      #expect(try second.community(handel.id) == handel)
      #expect(throws: StoreError.readOnly(reason)) { try second.save(handel) }
      #expect(throws: StoreError.readOnly(reason)) { try second.trash(handel.id) }

      first = nil  // the lock goes with the instance

      let third = try openStore(folder)
      #expect(third.access == .readWrite)
      var renamed = try third.community(handel.id)
      renamed.name = "VLG Handel Kempen"
      try third.save(renamed)
      #expect(try third.community(handel.id) == renamed)
      #expect(second.isReadOnly, "an instance that opened read-only stays read-only")
    }
  }

  @Test func theLockFileNamesTheProcessHoldingIt() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      let text = String(
        decoding: try bytes(of: folder.appendingPathComponent("store.lock")), as: UTF8.self)
      #expect(text == "\(getpid())\n")
      withExtendedLifetime(store) {}
    }
  }

  @Test func aReadOnlyInstanceLeavesTheWritersTempFilesAlone() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let writer = try openStore(folder)
      // A write in progress in the first instance.
      let inProgress = folder.appendingPathComponent("communities/.tmp-busy.plist-12345678")
      try Data("half".utf8).write(to: inProgress)

      let reader = try openStore(folder)
      #expect(reader.isReadOnly)
      #expect(reader.problems == [])
      #expect(fileExists(inProgress))
      withExtendedLifetime(writer) {}
    }
  }
}
