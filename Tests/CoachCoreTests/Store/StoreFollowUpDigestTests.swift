import Foundation
import Testing

@testable import CoachCore

/// The follow-up across communities reads each community's digest of open agreements, kept
/// beside the store, instead of every community file: the digest must say exactly what the
/// community says, and anything doubtful about it sends the reading back to the file.
@Suite("The follow-up's digests on disk")
struct StoreFollowUpDigestTests {
  /// The demo's day with overdue, carried-over and partly done agreements.
  private var today: CalendarDay {
    get throws { try day("2026-11-21") }
  }

  private func demo() throws -> [Community] {
    DemoData.communities(today: try today, now: Fixture.now)
  }

  private func digestFile(_ folder: URL, _ id: UUID) -> URL {
    folder.appendingPathComponent("cache/follow-up/\(id.uuidString).plist")
  }

  @Test func aSavedCommunitysDigestIsReadWithoutReadingTheCommunity() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let communities = try demo()
      try seedStore(folder, with: communities)
      let store = try PropertyListStore(directory: folder, purpose: .reading)
      for community in communities {
        let digest = try store.followUpDigest(community.id)
        #expect(digest == FollowUpDigest(community))
        // Not decoded: the store knows the files it read, and it read none.
        #expect(store.known[community.id] == nil)
      }
      // The items from the digests are those from the communities, on any day.
      for iso in ["2026-10-01", "2026-11-21", "2027-03-01"] {
        let fromDigests = FollowUp.items(
          in: try communities.map { try store.followUpDigest($0.id) }, today: try dayOf(iso))
        let fromCommunities = FollowUp.items(in: communities, today: try dayOf(iso))
        #expect(describe(fromDigests) == describe(fromCommunities))
      }
    }
  }

  @Test func theDigestsItemsCountLikeTheCommunitysRules() throws {
    let communities = try demo()
    let today = try today
    let items = FollowUp.items(in: communities, today: today)
    for item in items {
      let community = try #require(communities.first { $0.id == item.communityID })
      let agreement = try #require(community.agreement(number: item.number))
      #expect(item.isOverdue == community.isOverdue(agreement, today: today))
      #expect(item.timesCarriedOver == community.timesCarriedOver(agreement, today: today))
      #expect(item.dueDay == community.dueDay(agreement))
      #expect(item.status == community.status(of: agreement))
    }
    #expect(items.contains { $0.timesCarriedOver > 0 })
    #expect(items.contains { $0.status == AgreementOutcome.partly })
  }

  @Test func aCommunityFileChangedOutsideGivesAFreshDigest() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try #require(try demo().first { !$0.agreements.isEmpty })
      try seedStore(folder, with: [community])
      // Someone else's program closes an agreement: the file changes, the digest does not.
      let open = try #require(community.agreements.first { !$0.isClosed })
      try community.review(agreement: open.id, outcome: .done, in: nil, on: try today)
      let file = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      try AtomicFile.write(try encodedCommunityFile(community), to: file)

      let store = try PropertyListStore(directory: folder, purpose: .reading)
      let digest = try store.followUpDigest(community.id)
      #expect(digest == FollowUpDigest(community))
      #expect(!digest.entries.contains { $0.id == open.id })
      // Kept for the next time: a second store reads it without the community file.
      let again = try PropertyListStore(directory: folder, purpose: .reading)
      #expect(try again.followUpDigest(community.id) == digest)
      #expect(again.known[community.id] == nil)
    }
  }

  @Test(arguments: [
    "garbage", "wrong format", "control character", "unknown status", "missing text",
    "other community",
  ])
  func aDoubtfulDigestIsMadeAgainFromTheCommunity(_ damage: String) throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let community = try #require(try demo().first { !$0.agreements.isEmpty })
      try seedStore(folder, with: [community])
      let url = digestFile(folder, community.id)
      let original = try String(contentsOf: url, encoding: .utf8)
      let first = try #require(FollowUpDigest(community).entries.first)
      let damaged: String
      switch damage {
      case "garbage": damaged = "<plist><dict><key>format"
      case "wrong format":
        damaged = original.replacingOccurrences(
          of: "<key>format</key>\n\t<integer>1</integer>",
          with: "<key>format</key>\n\t<integer>2</integer>")
      case "control character":
        damaged = original.replacingOccurrences(of: first.text, with: first.text + "&#27;[2J")
      case "unknown status":
        damaged = original.replacingOccurrences(
          of: "<string>\(first.status.rawValue)</string>", with: "<string>maybe</string>")
      case "missing text":
        damaged = original.replacingOccurrences(of: "<key>text</key>", with: "<key>tekst</key>")
      default:
        damaged = original.replacingOccurrences(
          of: community.id.uuidString, with: UUID().uuidString)
      }
      #expect(damaged != original)
      // Written so that the community file's fingerprint still matches.
      try AtomicFile.write(Data(damaged.utf8), to: url)
      let store = try PropertyListStore(directory: folder, purpose: .reading)
      #expect(try store.followUpDigest(community.id) == FollowUpDigest(community))
      #expect(store.known[community.id] != nil)
    }
  }

  @Test func aDamagedCommunityFileIsReportedLikeAFailedRead() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let community = try #require(try demo().first)
      try seedStore(folder, with: [community])
      let file = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      try AtomicFile.write(Data("not a plist".utf8), to: file)
      let store = try openStore(folder)
      #expect(throws: StoreError.self) { try store.followUpDigest(community.id) }
      #expect(store.summaries.isEmpty)
    }
  }

  /// The program saves the community durably and writes the caches after the frame: until
  /// then a second reader still sees the truth (the file), and afterwards it needs nothing
  /// else.
  @Test func cachesLeftBySaveFollowWhenWritten() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try #require(try demo().first { !$0.agreements.isEmpty })
      try seedStore(folder, with: [community])
      let store = try openStore(folder)
      store.defersCaches = true
      community = try store.community(community.id)
      community.subject = "Economie"
      try store.save(community)
      let before = try PropertyListStore(directory: folder, purpose: .reading)
      #expect(before.summaries.first?.subject == "Economie")
      #expect(before.problems == [.staleIndexEntry(name: community.name)])
      store.writePendingCaches()
      let after = try PropertyListStore(directory: folder, purpose: .reading)
      #expect(after.problems.isEmpty)
      #expect(try after.followUpDigest(community.id) == FollowUpDigest(community))
      #expect(after.known[community.id] == nil)
    }
  }

  private func dayOf(_ iso: String) throws -> CalendarDay { try day(iso) }

  private func describe(_ items: [FollowUpItem]) -> [String] {
    items.map {
      "\($0.communityName) \($0.number) \($0.isOverdue) \($0.timesCarriedOver) "
        + "\(String(describing: $0.dueDay)) \($0.status) \($0.ownerNames)"
    }
  }
}
