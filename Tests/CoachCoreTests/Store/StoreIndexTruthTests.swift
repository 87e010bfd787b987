import Foundation
import Testing

@testable import CoachCore

/// The index is a cache of the community files: whatever happened between two writes, the
/// files are the truth and the index follows them.
@Suite("The index follows the community files")
struct StoreIndexTruthTests {
  private func file(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent("communities/\(id.uuidString).plist")
  }

  @Test func aCrashBetweenTheCommunityFileAndTheIndexIsMendedOnOpening() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try makeCommunity("VLG Handel", members: ["Jan"])
      try seedStore(folder, with: [community])
      // The community file was renamed into place, then the power went: the index is old.
      try community.addMember(MemberDraft(name: "Els"), today: try day("2026-12-01"))
      community.addMeeting(on: try day("2026-12-09"), language: .nl)
      try AtomicFile.write(try encodedCommunityFile(community), to: file(folder, community.id))

      let store = try openStore(folder)
      #expect(store.summaries == [CommunitySummary(community)])
      #expect(store.problems == [.staleIndexEntry(name: "VLG Handel")])
      // Written back: the next opening has nothing to say.
      #expect(try openStore(folder).problems == [])
    }
  }

  @Test func anIndexThatCannotBeWrittenDoesNotMakeADurableSaveFail() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [community])
      let store = try openStore(folder)
      community = try store.community(community.id)
      // No room for the index: a folder where its file should go makes every write fail.
      let index = folder.appendingPathComponent("store.plist")
      try FileManager.default.removeItem(at: index)
      try FileManager.default.createDirectory(at: index, withIntermediateDirectories: false)
      try FileManager.default.createDirectory(
        at: index.appendingPathComponent("blocker"), withIntermediateDirectories: false)

      community.name = "VLG Handel Kempen"
      try store.save(community)  // does not throw: the community file is durable
      #expect(store.problems.contains(.indexNotWritten))
      #expect(try bytes(of: file(folder, community.id)) == (try encodedCommunityFile(community)))

      try FileManager.default.removeItem(at: index)
      let reopened = try openStore(folder)
      #expect(reopened.summaries.map(\.name) == ["VLG Handel Kempen"])
    }
  }

  @Test func aCopyUnderAnotherNameIsReportedNeverAddedAndNeverGrows() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel, try makeCommunity("VLG Geschiedenis")])
      let copy = file(folder, UUID())
      try FileManager.default.copyItem(at: file(folder, handel.id), to: copy)

      for round in 1...3 {
        let store = try openStore(folder, now: Fixture.now.addingTimeInterval(Double(round)))
        #expect(store.summaries.count == 2, "round \(round)")
        #expect(
          store.problems == [
            .misnamedFile(
              file: "communities/" + copy.lastPathComponent, holds: "VLG Handel")
          ])
        #expect(try store.community(handel.id) == handel)
        #expect(
          StoreHealth.check(store).contains(
            .misnamedFile(file: "communities/" + copy.lastPathComponent, holds: "VLG Handel")))
      }
      #expect(fileExists(copy), "left where it is for the coach to look at")
    }
  }

  @Test func anIndexNamingACommunityTwiceIsReportedAndWrittenOnce() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      try seedStore(folder, with: [handel])
      let index = folder.appendingPathComponent("store.plist")
      var root = try #require(try PlistXMLReader.parse(try bytes(of: index)).value.dictionary)
      let entries = try #require(root["communities"]?.array)
      root["communities"] = .array(entries + entries)
      try PlistXMLWriter.data(.dictionary(root)).write(to: index)

      let store = try openStore(folder)
      #expect(store.summaries == [CommunitySummary(handel)])
      #expect(store.problems == [.duplicateIndexEntry(name: "VLG Handel")])
      #expect(try indexEntries(try bytes(of: index)).count == 1)
    }
  }
}
