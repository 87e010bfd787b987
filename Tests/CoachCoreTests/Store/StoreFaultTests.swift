import Foundation
import Glibc
import Testing

@testable import CoachCore

/// The disk failing in the middle of a save: the previous file stays whole, the error says
/// what happened, nothing half-written is left, and the same save succeeds once it can.
@Suite("Store saves when the disk fails")
struct StoreFaultTests {
  static let faults: [DiskFault] = [
    .openFails(EACCES), .writeFailsHalfway(ENOSPC), .syncFails(EIO), .renameFails(EIO),
  ]

  @Test(arguments: faults)
  func aFailedSaveKeepsThePreviousFileAndSucceedsOnRetry(_ fault: DiskFault) throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let original = try makeCommunity("VLG Handel", members: ["Jan"])
      try seedStore(folder, with: [original])
      let communities = folder.appendingPathComponent("communities")
      let file = communities.appendingPathComponent("\(original.id.uuidString).plist")
      let before = try bytes(of: file)
      let store = try openStore(folder)
      var changed = try store.community(original.id)
      changed.name = "VLG Handel Kempen"

      DiskFaults.inject(fault, in: communities)
      defer { DiskFaults.inject(nil, in: communities) }
      #expect {
        try store.save(changed)
      } throws: { error in
        guard case StoreError.writeFailed(_, let reason) = error else { return false }
        return !reason.isEmpty
      }
      #expect(try bytes(of: file) == before, "the previous file is whole")
      #expect(names(in: communities) == [file.lastPathComponent], "no temp file left")
      #expect(store.summaries.map(\.name) == ["VLG Handel"], "the index did not move on")
      let message = StoreError.writeFailed(file.path, reason: "No space left on device")
        .message(.en)
      #expect(message.contains("Your change is still on screen"))

      DiskFaults.inject(nil, in: communities)
      try store.save(changed)
      #expect(try openStore(folder, now: Fixture.now).community(original.id) == changed)
    }
  }

  @Test func aFailingIndexNeverFailsASaveAndIsWrittenOnTheNextOne() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let original = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [original])
      let store = try openStore(folder)
      var changed = try store.community(original.id)
      changed.name = "VLG Handel Kempen"
      DiskFaults.inject(.writeFailsHalfway(ENOSPC), in: folder)
      try store.save(changed)
      #expect(store.problems.contains(.indexNotWritten))
      DiskFaults.inject(nil, in: folder)
      changed.subject = "Handel"
      try store.save(changed)
      let index = try indexEntries(try bytes(of: folder.appendingPathComponent("store.plist")))
      #expect(index.map(\.name) == ["VLG Handel Kempen"])
    }
  }
}
