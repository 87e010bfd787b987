import Foundation
import Testing

@testable import CoachCore

/// `store.plist` is a cache of what the home screen shows: start-up reads it instead of
/// decoding every community, and repairs it from the community files.
@Suite("Store index")
struct StoreIndexTests {
  private func communityFile(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent("communities/\(id.uuidString).plist")
  }

  private func indexedIDs(_ folder: URL) throws -> [UUID] {
    let data = try bytes(of: folder.appendingPathComponent("store.plist"))
    return try indexEntries(data).map(\.id)
  }

  @Test func startUpListsCommunitiesWithoutDecodingTheirFiles() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel", members: ["Jan", "Els"])
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      try seedStore(folder, with: [handel, geschiedenis])
      // Damage a file the index lists, keeping its size and time: opening must not notice,
      // because it must not read a file whose fingerprint did not change.
      let file = communityFile(folder, handel.id)
      try overwriteKeepingFingerprint(file, with: garbage)
      let damaged = try bytes(of: file)

      let store = try openStore(folder)
      #expect(store.problems == [])
      #expect(store.summaries == [CommunitySummary(handel), CommunitySummary(geschiedenis)])
      #expect(try bytes(of: file) == damaged, "not touched yet")

      // Only asking for it decodes it.
      #expect(throws: StoreError.self) { try store.community(handel.id) }
      #expect(store.summaries == [CommunitySummary(geschiedenis)])
      #expect(try store.community(geschiedenis.id) == geschiedenis)
    }
  }

  @Test func aFileTheIndexLacksIsAdded() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let copied = try makeCommunity("VLG Gekopieerd", members: ["Jan"])
      try seedStore(folder, with: [handel])
      // For instance copied in from another computer.
      try encodedCommunityFile(copied).write(to: communityFile(folder, copied.id))

      let store = try openStore(folder)
      #expect(store.problems == [])
      #expect(store.summaries == [CommunitySummary(handel), CommunitySummary(copied)])
      #expect(try store.community(copied.id) == copied)
      #expect(try indexedIDs(folder) == [handel.id, copied.id], "the index on disk is updated")
    }
  }

  @Test func anEntryWhoseFileIsGoneIsDroppedAndReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let handel = try makeCommunity("VLG Handel")
      let gone = try makeCommunity("VLG Verdwenen")
      try seedStore(folder, with: [handel, gone])
      try FileManager.default.removeItem(at: communityFile(folder, gone.id))

      do {
        let store = try openStore(folder)
        #expect(
          store.problems == [
            .missingCommunityFile(
              name: "VLG Verdwenen", file: "communities/\(gone.id.uuidString).plist")
          ])
        #expect(store.summaries == [CommunitySummary(handel)])
        #expect(throws: StoreError.communityMissing(gone.id.uuidString)) {
          try store.community(gone.id)
        }
      }
      #expect(try indexedIDs(folder) == [handel.id])
      #expect(try openStore(folder).problems == [], "reported once, then repaired")
    }
  }

  @Test func otherFilesInTheCommunitiesFolderAreLeftAlone() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      _ = try openStore(folder)
      let communities = folder.appendingPathComponent("communities")
      try Data("notes".utf8).write(to: communities.appendingPathComponent("README.txt"))
      try garbage.write(to: communities.appendingPathComponent("not-a-uuid.plist"))
      try garbage.write(to: communities.appendingPathComponent("._\(UUID().uuidString).plist"))

      let store = try openStore(folder)
      #expect(store.problems == [])
      #expect(store.summaries == [])
      #expect(names(in: communities).count == 3)
    }
  }

  @Test func theIndexSummarisesWhatTheHomeScreenShows() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try makeCommunity(
        "VLG Handel", subject: "Handel", schools: ["KA Geel"], members: ["Jan", "Els"])
      try community.addMember(
        MemberDraft(name: "Bram", school: "Atheneum", participation: .stopped),
        today: try day("2026-02-01"))
      try community.move(to: .chooseThemes, on: try day("2026-02-02"))
      try seedStore(folder, with: [community])
      let data = try bytes(of: folder.appendingPathComponent("store.plist"))
      let summary = try #require(try indexEntries(data).first)
      #expect(summary.name == "VLG Handel")
      #expect(summary.subject == "Handel")
      #expect(summary.phase == .chooseThemes)
      #expect(summary.phaseSince == (try day("2026-02-02")))
      #expect(summary.memberCount == 2, "stopped members do not count")
      #expect(summary.schoolCount == 2)
      #expect(try declaredVersion(data) == StoreFiles.schemaVersion)
    }
  }
}
