import Foundation
import Testing

@testable import CoachCore

/// A deleted community goes to `trash/`, from where it can be brought back.
@Suite("Store trash")
struct StoreTrashTests {
  @Test func trashMovesTheFileAndRemovesTheSummary() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel", members: ["Jan"])
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      let fileName = "\(handel.id.uuidString).plist"
      do {
        let store = try openStore(folder)
        try store.save(handel)
        try store.save(geschiedenis)
        let savedBytes = try bytes(of: folder.appendingPathComponent("communities/" + fileName))
        try store.trash(handel.id)
        #expect(store.summaries == [CommunitySummary(geschiedenis)])
        #expect(!fileExists(folder.appendingPathComponent("communities/" + fileName)))
        #expect(try bytes(of: folder.appendingPathComponent("trash/" + fileName)) == savedBytes)
        #expect(throws: StoreError.communityMissing(handel.id.uuidString)) {
          try store.community(handel.id)
        }
      }
      let reopened = try openStore(folder)
      #expect(reopened.problems == [], "the index knows it was trashed, not lost")
      #expect(reopened.summaries == [CommunitySummary(geschiedenis)])
    }
  }

  @Test func restoreBringsItBackUnchanged() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var handel = try makeCommunity("VLG Handel", schools: ["KA Geel"], members: ["Jan", "Els"])
      try handel.move(to: .motivateTeachers, on: try day("2026-02-01"), note: "Akkoord")
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      do {
        let store = try openStore(folder)
        try store.save(geschiedenis)
        try store.save(handel)
        try store.trash(handel.id)
        let restored = try store.restore(handel.id)
        #expect(restored == handel)
        #expect(store.summaries.map(\.id) == [geschiedenis.id, handel.id])
        #expect(store.summaries.last == CommunitySummary(handel))
        #expect(names(in: folder.appendingPathComponent("trash")) == [])
      }
      let reopened = try openStore(folder)
      #expect(reopened.problems == [])
      #expect(try reopened.community(handel.id) == handel)
    }
  }

  @Test func restoringSomethingNotInTheTrashFails() throws {
    try TemporaryDirectory.with { temp in
      let store = try openStore(storeFolder(in: temp))
      let id = UUID()
      #expect(throws: StoreError.communityMissing(id.uuidString)) { try store.restore(id) }
      #expect(store.summaries == [])
    }
  }

  @Test func aRetriedRestoreReturnsTheCommunity() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      let handel = try makeCommunity("VLG Handel", members: ["Jan"])
      try store.save(handel)
      try store.trash(handel.id)
      #expect(try store.restore(handel.id) == handel)
      #expect(try store.restore(handel.id) == handel)
      #expect(store.summaries == [CommunitySummary(handel)])
    }
  }

  @Test func aRestoreInterruptedAfterTheMoveIsCompletedByTheRetry() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      do {
        let store = try openStore(folder)
        try store.save(geschiedenis)
        try store.save(handel)
        try store.trash(handel.id)
      }
      let name = "\(handel.id.uuidString).plist"
      // The file went back, but the index was not written: the crash came in between.
      try FileManager.default.moveItem(
        at: folder.appendingPathComponent("trash/" + name),
        to: folder.appendingPathComponent("communities/" + name))
      let store = try openStore(folder)
      try store.trash(geschiedenis.id)
      #expect(store.summaries.map(\.id).contains(handel.id), "opening found the file")

      #expect(try store.restore(handel.id) == handel)
      #expect(try store.restore(geschiedenis.id) == geschiedenis)
      #expect(Set(store.summaries.map(\.id)) == [handel.id, geschiedenis.id])
      #expect(store.summaries.count == 2)
      let reopened = try openStore(folder)
      #expect(Set(reopened.summaries.map(\.id)) == [handel.id, geschiedenis.id])
    }
  }

  @Test func trashingAndRestoringTwiceWorks() throws {
    try TemporaryDirectory.with { temp in
      let store = try openStore(storeFolder(in: temp))
      let handel = try makeCommunity("VLG Handel")
      try store.save(handel)
      for _ in 0..<2 {
        try store.trash(handel.id)
        #expect(store.summaries == [])
        #expect(try store.restore(handel.id) == handel)
        #expect(store.summaries == [CommunitySummary(handel)])
      }
    }
  }
}
