import Foundation
import Testing

@testable import CoachCore

/// `vlgcoach check`.
@Suite("Store health")
struct StoreHealthTests {
  private func relativePath(_ id: UUID) -> String { "communities/\(id.uuidString).plist" }

  @Test func aHealthyStoreHasNoProblems() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      try store.save(try makeCommunity("VLG Handel", members: ["Jan"]))
      try store.save(try makeCommunity("VLG Geschiedenis"))
      try store.trash(try makeCommunity("VLG Weg").id)
      #expect(StoreHealth.check(store) == [])
      let reader = try openStore(folder)
      #expect(reader.isReadOnly)
      #expect(StoreHealth.check(reader) == [], "a second, read-only instance finds no problem")
      withExtendedLifetime(store) {}
    }
  }

  @Test func looseFilePermissionsAreReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      let handel = try makeCommunity("VLG Handel")
      try store.save(handel)
      #expect(chmod(folder.appendingPathComponent(relativePath(handel.id)).path, 0o644) == 0)
      #expect(chmod(folder.appendingPathComponent("store.plist").path, 0o640) == 0)
      #expect(
        StoreHealth.check(store) == [
          .loosePermissions(path: "store.plist", mode: 0o640),
          .loosePermissions(path: relativePath(handel.id), mode: 0o644),
        ])
    }
  }

  @Test func aLooseStoreFolderIsReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      #expect(chmod(folder.path, 0o755) == 0)
      #expect(chmod(folder.appendingPathComponent("communities").path, 0o750) == 0)
      #expect(
        StoreHealth.check(store) == [
          .loosePermissions(path: "communities", mode: 0o750),
          .loosePermissions(path: store.directory.path, mode: 0o755),
        ])
    }
  }

  @Test func aFileSetAsideEarlierIsReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      do {
        let store = try openStore(folder)
        try store.save(handel)
        try store.save(try makeCommunity("VLG Geschiedenis"))
        try AtomicFile.write(garbage, to: store.communityURL(handel.id))
        #expect(throws: StoreError.self) { try store.community(handel.id) }
      }
      let store = try openStore(folder)
      #expect(
        StoreHealth.check(store) == [
          .setAsideFile(file: relativePath(handel.id) + ".corrupt-" + Fixture.nowStamp)
        ])
    }
  }

  @Test func checkReadsEveryCommunityAndSetsADamagedOneAside() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel, try makeCommunity("VLG Geschiedenis")])
      let store = try openStore(folder)
      #expect(store.problems == [])
      // Damaged while the store is open: the check reads every file, so it must see it.
      try AtomicFile.write(garbage, to: folder.appendingPathComponent(relativePath(handel.id)))

      let movedTo = relativePath(handel.id) + ".corrupt-" + Fixture.nowStamp
      // Reported once: not a second time as a file set aside earlier.
      #expect(
        StoreHealth.check(store) == [.corruptFile(file: relativePath(handel.id), movedTo: movedTo)]
      )
      #expect(store.summaries.map(\.name) == ["VLG Geschiedenis"])
      #expect(store.problems == [.corruptFile(file: relativePath(handel.id), movedTo: movedTo)])
    }
  }

  @Test func aFileSetAsideWhileTheProgramRanIsReportedOnce() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let store = try openStore(folder)
      try store.save(handel)
      try AtomicFile.write(garbage, to: store.communityURL(handel.id))
      #expect(throws: StoreError.self) { try store.community(handel.id) }

      let movedTo = relativePath(handel.id) + ".corrupt-" + Fixture.nowStamp
      #expect(
        StoreHealth.check(store) == [.corruptFile(file: relativePath(handel.id), movedTo: movedTo)]
      )
    }
  }

  @Test func aNewerCommunityFileInTheIndexIsReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel, try makeCommunity("VLG Geschiedenis")])
      let file = folder.appendingPathComponent(relativePath(handel.id))
      let store = try openStore(folder)
      try editedPropertyList(try bytes(of: file)) { $0["schemaVersion"] = 99 }.write(to: file)
      _ = chmod(file.path, 0o600)
      #expect(store.problems == [], "changed after opening")
      #expect(
        StoreHealth.check(store) == [.futureVersion(file: relativePath(handel.id), version: 99)])
      #expect(store.isReadOnly)
    }
  }

  @Test func problemsFoundOnOpeningAreIncluded() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let gone = try makeCommunity("VLG Verdwenen")
      try seedStore(folder, with: [gone])
      try FileManager.default.removeItem(at: folder.appendingPathComponent(relativePath(gone.id)))
      let store = try openStore(folder)
      #expect(
        StoreHealth.check(store) == [
          .missingCommunityFile(name: "VLG Verdwenen", file: relativePath(gone.id))
        ])
    }
  }
}
