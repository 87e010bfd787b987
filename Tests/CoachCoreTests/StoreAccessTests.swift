import Foundation
import Testing

@testable import CoachCore

/// Where the store may be: a missing folder is made, a file or an unwritable folder is not
/// written to.
@Suite("Store access")
struct StoreAccessTests {
  @Test func aMissingFolderIsCreatedWithItsParents() throws {
    try TemporaryDirectory.with { temp in
      let folder = temp.appendingPathComponent("a/b/c/vlgcoach", isDirectory: true)
      let store = try openStore(folder)
      var isDirectory: ObjCBool = false
      #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory))
      #expect(isDirectory.boolValue)
      #expect(try permissions(of: folder) == 0o700)
      #expect(store.access == .readWrite)
      #expect(store.problems == [])
      try store.save(try makeCommunity("VLG Handel"))
      #expect(names(in: folder.appendingPathComponent("communities")).count == 1)
    }
  }

  @Test func aMissingFolderIsNotCreatedWhenOnlyReading() throws {
    try TemporaryDirectory.with { temp in
      let folder = temp.appendingPathComponent("a/vlgcoach", isDirectory: true)
      #expect(throws: StoreError.noStore(folder.standardizedFileURL.path)) {
        try PropertyListStore(directory: folder, createIfMissing: false)
      }
      #expect(!fileExists(temp.appendingPathComponent("a")))
      #expect(
        StoreError.noStore("/x").message(.en) == "There is no store in /x yet.")
      #expect(StoreError.noStore("/x").message(.nl) == "Er is nog geen opslag in /x.")
    }
  }

  @Test func anExistingFolderOpensWhenOnlyReading() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let store = try PropertyListStore(directory: folder, createIfMissing: false)
      #expect(store.summaries == [CommunitySummary(handel)])
    }
  }

  @Test func aFileIsNotAStore() throws {
    try TemporaryDirectory.with { temp in
      let file = temp.appendingPathComponent("notes.txt")
      try Data("mine".utf8).write(to: file)
      #expect(throws: StoreError.notADirectory(file.standardizedFileURL.path)) {
        try openStore(file)
      }
      #expect(try bytes(of: file) == Data("mine".utf8))
    }
  }

  @Test func aFolderUnderAFileCannotBeCreated() throws {
    try TemporaryDirectory.with { temp in
      let file = temp.appendingPathComponent("notes.txt")
      try Data("mine".utf8).write(to: file)
      let folder = file.appendingPathComponent("store")
      #expect {
        try openStore(folder)
      } throws: { error in
        guard case StoreError.cannotCreateDirectory(let path, let reason) = error else {
          return false
        }
        return path == folder.standardizedFileURL.path && !reason.isEmpty
      }
    }
  }

  @Test func aReadOnlyFolderOpensReadOnly() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let indexBytes = try bytes(of: folder.appendingPathComponent("store.plist"))
      #expect(chmod(folder.path, 0o500) == 0)
      defer { _ = chmod(folder.path, 0o700) }

      let store = try openStore(folder)
      // Reading works whoever runs the tests.
      #expect(store.summaries == [CommunitySummary(handel)])
      #expect(try store.community(handel.id) == handel)

      if geteuid() == 0 {
        // root may write to any folder whatever its mode, so `access(W_OK)` succeeds and
        // the store rightly opens read-write: nothing more to check as root.
        #expect(store.access == .readWrite)
        return
      }
      let reason = ReadOnlyReason.directoryNotWritable(folder.standardizedFileURL.path)
      #expect(store.access == .readOnly(reason))
      #expect(throws: StoreError.readOnly(reason)) { try store.save(handel) }
      #expect(try bytes(of: folder.appendingPathComponent("store.plist")) == indexBytes)
    }
  }

  @Test func readOnlyIsEverythingButReadWrite() {
    #expect(!StoreAccess.readWrite.isReadOnly)
    #expect(StoreAccess.readOnly(.lockUnavailable("no locks")).isReadOnly)
    #expect(StoreAccess.readOnly(.directoryNotWritable("/x")).isReadOnly)
  }
}
