import Foundation
import Testing

@testable import CoachCore

@Suite("Atomic file writes")
struct AtomicFileTests {
  private func tempFiles(in folder: URL) -> [String] {
    names(in: folder).filter { $0.hasPrefix(AtomicFile.tempPrefix) }
  }

  @Test func aWriteReplacesTheContentAndLeavesNoTempFile() throws {
    try TemporaryDirectory.with { temp in
      let target = temp.appendingPathComponent("file.plist")
      try AtomicFile.write(Data("old".utf8), to: target)
      try AtomicFile.write(Data("new".utf8), to: target)
      #expect(try bytes(of: target) == Data("new".utf8))
      #expect(names(in: temp) == ["file.plist"])
      #expect(try permissions(of: target) == 0o600)
    }
  }

  @Test func aWriteTightensTheModeOfTheFileItReplaces() throws {
    try TemporaryDirectory.with { temp in
      let target = temp.appendingPathComponent("file.plist")
      try Data("old".utf8).write(to: target)
      _ = chmod(target.path, 0o644)
      try AtomicFile.write(Data("new".utf8), to: target)
      #expect(try permissions(of: target) == 0o600, "a new file took the old one's place")
    }
  }

  @Test func anEmptyWriteGivesAnEmptyFile() throws {
    try TemporaryDirectory.with { temp in
      let target = temp.appendingPathComponent("empty")
      try AtomicFile.write(Data("something".utf8), to: target)
      try AtomicFile.write(Data(), to: target)
      #expect(try bytes(of: target).isEmpty)
    }
  }

  @Test func aCrashAfterTheTempFileLeavesTheOldContent() throws {
    try TemporaryDirectory.with { temp in
      let target = temp.appendingPathComponent("file.plist")
      try AtomicFile.write(Data("old".utf8), to: target)
      try AtomicFile.write(Data("new".utf8), to: target, crashAt: .afterTempWritten)
      #expect(try bytes(of: target) == Data("old".utf8))
      let leftovers = tempFiles(in: temp)
      #expect(leftovers.count == 1)
      let leftover = try #require(leftovers.first)
      #expect(try bytes(of: temp.appendingPathComponent(leftover)) == Data("new".utf8))
    }
  }

  @Test func aWriteIntoAMissingFolderFails() throws {
    try TemporaryDirectory.with { temp in
      let target = temp.appendingPathComponent("missing/file.plist")
      #expect {
        try AtomicFile.write(Data("x".utf8), to: target)
      } throws: { error in
        guard case StoreError.writeFailed(let path, _) = error else { return false }
        return path == target.path
      }
    }
  }

  @Test func openingTheStoreRemovesTheTempFileOfAnInterruptedWrite() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let communities = folder.appendingPathComponent("communities")
      var community = try makeCommunity("VLG Handel", members: ["Jan"])
      let saved = community
      do {
        let store = try openStore(folder)
        try store.save(community)
        // The program dies while saving a change: the temp file is written, not renamed.
        community.name = "VLG Handel (gewijzigd)"
        try AtomicFile.write(
          try encodedCommunityFile(community), to: store.communityURL(community.id),
          crashAt: .afterTempWritten)
        try AtomicFile.write(
          Data("index".utf8), to: folder.appendingPathComponent("store.plist"),
          crashAt: .afterTempWritten)
      }
      let communityLeftover = try #require(tempFiles(in: communities).first)
      let indexLeftover = try #require(tempFiles(in: folder).first)

      let store = try openStore(folder)
      #expect(store.problems.count == 2)
      #expect(store.problems.contains(.interruptedWrite(file: "communities/" + communityLeftover)))
      #expect(store.problems.contains(.interruptedWrite(file: indexLeftover)))
      #expect(tempFiles(in: communities) == [])
      #expect(tempFiles(in: folder) == [])
      #expect(try store.community(saved.id) == saved, "the previous version is intact")
      #expect(store.summaries == [CommunitySummary(saved)])
    }
  }
}
