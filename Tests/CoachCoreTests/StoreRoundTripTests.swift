import Foundation
import Testing

@testable import CoachCore

@Suite("Store round trip")
struct StoreRoundTripTests {
  /// Names that have broken stores, terminals or XML elsewhere.
  static let hostileNames = [
    String(repeating: "Ab", count: 5_000),
    "Zoë Dëmeester — Hôtel École",
    "Cafe\u{301} e\u{308}n a\u{30A}",
    "東京の先生たち 한국어",
    "👩🏽‍🏫 VLG 🇧🇪 👨‍👩‍👧",
    "a | b || c",
    "<script>alert('x')</script> & &amp; ]]> \"quotes\"",
    "\u{1B}[31mRood\u{1B}[0m\u{7}\u{0} met\tstuurtekens\u{FFFF}",
    "</string></dict></plist>",
  ]

  private func hostileCommunities() throws -> [Community] {
    var communities: [Community] = []
    for (index, name) in Self.hostileNames.enumerated() {
      var community = try Community.create(
        CommunityDraft(name: name, subject: name, schools: [name, "KA Geel"]),
        otherNames: communities.map(\.name), today: try day("2026-01-12"), now: Fixture.now)
      try community.addMember(
        MemberDraft(name: name, school: name, role: .coach, committedOn: try day("2024-02-29")),
        today: try day("2026-01-12"))
      try community.addMember(
        MemberDraft(name: "Lid \(index)", participation: .stopped), today: try day("2026-01-13"))
      try community.move(to: .chooseThemes, on: try day("2026-02-01"), note: name + "\nregel 2")
      communities.append(community)
    }
    return communities
  }

  @Test func hostileNamesComeBackUnchangedInANewStore() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let originals = try hostileCommunities()
      #expect(originals[7].name == "[31mRood[0m met stuurtekens", "cleaned before saving")
      var savedSummaries: [CommunitySummary] = []
      do {
        let store = try openStore(folder)
        for community in originals { try store.save(community) }
        savedSummaries = store.summaries
        #expect(savedSummaries == originals.map(CommunitySummary.init))
      }

      let reopened = try openStore(folder)
      #expect(reopened.access == .readWrite)
      #expect(reopened.problems == [])
      #expect(reopened.summaries == savedSummaries)
      for original in originals {
        #expect(try reopened.community(original.id) == original)
      }
      #expect(try reopened.allCommunities() == originals)
    }
  }

  @Test func savingAgainReplacesTheCommunityAndItsSummary() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      var handel = try makeCommunity("VLG Handel", members: ["Jan"])
      let geschiedenis = try makeCommunity("VLG Geschiedenis")
      try store.save(handel)
      try store.save(geschiedenis)
      try handel.move(to: .motivateTeachers, on: try day("2026-02-01"))
      handel.name = "VLG Handel Kempen"
      try store.save(handel)

      #expect(store.summaries.map(\.name) == ["VLG Handel Kempen", "VLG Geschiedenis"])
      #expect(store.summaries[0].phase == .motivateTeachers)
      #expect(names(in: folder.appendingPathComponent("communities")).count == 2)
      let reopened = try openStore(folder)
      #expect(try reopened.community(handel.id) == handel)
      #expect(reopened.summaries == store.summaries)
    }
  }

  @Test func settingsComeBack() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      do {
        let store = try openStore(folder)
        try store.saveSettings(StoreSettings(theme: "high-contrast"))
      }
      #expect(try openStore(folder).settings == StoreSettings(theme: "high-contrast"))
    }
  }

  @Test func filesAreXMLPropertyLists() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      let community = try makeCommunity("Zoë <VLG> & co", members: ["Jan"])
      try store.save(community)
      for url in [
        folder.appendingPathComponent("store.plist"),
        folder.appendingPathComponent("communities/\(community.id.uuidString).plist"),
      ] {
        let text = String(decoding: try bytes(of: url), as: UTF8.self)
        #expect(text.hasPrefix("<?xml"), "\(url.lastPathComponent)")
        #expect(text.contains("<key>schemaVersion</key>"))
        #expect(text.contains("Zoë &lt;VLG&gt; &amp; co"), "names readable and escaped")
      }
    }
  }

  @Test func filesArePrivateToTheUser() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let store = try openStore(folder)
      let community = try makeCommunity("VLG Handel")
      try store.save(community)
      try store.trash(try makeCommunity("VLG Weg").id)
      #expect(try permissions(of: folder) == 0o700)
      #expect(try permissions(of: folder.appendingPathComponent("communities")) == 0o700)
      #expect(try permissions(of: folder.appendingPathComponent("trash")) == 0o700)
      #expect(try permissions(of: folder.appendingPathComponent("store.plist")) == 0o600)
      #expect(try permissions(of: folder.appendingPathComponent("store.lock")) == 0o600)
      #expect(
        try permissions(
          of: folder.appendingPathComponent("communities/\(community.id.uuidString).plist"))
          == 0o600)
    }
  }
}
