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

  @Test func looseFoldersVLGCoachMadeAreTightenedAndSaidSo() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      try store.trash(try makeCommunity("VLG Weg").id)
      #expect(chmod(folder.path, 0o755) == 0)
      #expect(chmod(folder.appendingPathComponent("communities").path, 0o750) == 0)
      #expect(chmod(folder.appendingPathComponent("trash").path, 0o777) == 0)
      #expect(
        StoreHealth.check(store) == [
          .tightenedPermissions(path: store.directory.path, mode: 0o755),
          .tightenedPermissions(path: "communities", mode: 0o750),
          .tightenedPermissions(path: "trash", mode: 0o777),
        ])
      for path in [folder.path, folder.path + "/communities", folder.path + "/trash"] {
        #expect(mode(path) == 0o700, "\(path)")
      }
      #expect(StoreHealth.check(store) == [])
    }
  }

  @Test func versionControlAndDesktopFilesAreHarmless() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      try store.save(try makeCommunity("VLG Handel"))
      let git = folder.appendingPathComponent(".git/objects")
      try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
      #expect(chmod(folder.appendingPathComponent(".git").path, 0o755) == 0)
      for name in [
        ".gitignore", ".gitattributes", ".DS_Store", "README.md", "communities/.DS_Store",
      ] {
        let file = folder.appendingPathComponent(name)
        try Data("x".utf8).write(to: file)
        #expect(chmod(file.path, 0o644) == 0)
      }
      #expect(StoreHealth.check(store) == [])
    }
  }

  @Test func symbolicLinksAreReportedAsLinksNotFollowed() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      let outside = temp.appendingPathComponent("elders.txt")
      try Data("x".utf8).write(to: outside)
      #expect(chmod(outside.path, 0o644) == 0)
      #expect(symlink(outside.path, folder.appendingPathComponent("notities").path) == 0)
      #expect(
        symlink(outside.path, folder.appendingPathComponent("communities/x.plist").path) == 0)
      #expect(
        StoreHealth.check(store) == [
          .symbolicLink(path: "notities", target: outside.path),
          .symbolicLink(path: "communities/x.plist", target: outside.path),
        ])
    }
  }

  private func mode(_ path: String) -> Int? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return Int(info.st_mode & 0o7777)
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

  /// A second check reads every byte but decodes only what changed since the first found it
  /// clean: a file changed in between, even by one character and with its size kept, is
  /// decoded and its oddity reported.
  @Test func aSecondCheckStillFindsAFileChangedSinceTheFirst() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel", subject: "Economie")
      try seedStore(folder, with: [handel, try makeCommunity("VLG Geschiedenis")])
      #expect(StoreHealth.check(try openStore(folder)) == [])
      let checked = CheckedFiles.read(in: folder)
      #expect(checked.marks.count == 2)
      #expect(StoreHealth.check(try openStore(folder)) == [])
      // One character becomes a control character: same size, another hash.
      let url = folder.appendingPathComponent(relativePath(handel.id))
      let text = try String(contentsOf: url, encoding: .utf8)
      let changed = text.replacingOccurrences(of: "Economie", with: "Econ\u{07}mie")
      #expect(changed.utf8.count == text.utf8.count)
      try AtomicFile.write(Data(changed.utf8), to: url)
      let problems = StoreHealth.check(try openStore(folder))
      #expect(
        problems.contains {
          if case .repaired(let file, _, _) = $0 { return file == relativePath(handel.id) }
          return false
        }, "\(problems)")
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
