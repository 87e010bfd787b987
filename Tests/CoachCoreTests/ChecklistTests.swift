import Foundation
import Testing

@testable import CoachCore

/// The phase checklists: items the data answer tick themselves and say why; the coach ticks
/// the others with a day and a remark, stored from version 7 on.
@Suite("Phase checklists")
struct ChecklistTests {
  @Test func everyPhaseHasItemsAndTheIdsAreUnique() {
    for phase in Phase.allCases { #expect(!PlaybookItem.items(of: phase).isEmpty) }
    #expect(Set(PlaybookItem.all.map(\.id)).count == PlaybookItem.all.count)
  }

  @Test func itemsTheDataAnswerSayWhy() throws {
    var community = try makeCommunity("VLG Bio", members: ["Ann", "Bert"])
    let commitment = try #require(PlaybookItem.all.first { $0.id == "2.commitment" })
    guard case .notYet(let missing) = community.checklistState(of: commitment) else {
      Issue.record("not answered yet")
      return
    }
    #expect(missing.en == "not yet for Ann, Bert")
    for index in community.members.indices {
      community.members[index].committedOn = try day("2026-09-01")
    }
    #expect(
      community.checklistState(of: commitment)
        == .answered(
          LocalizedText(
            nl: "engagement genoteerd voor alle 2 leraren",
            en: "commitment recorded for all 2 teachers")))
    // An item the data answer cannot be ticked by hand.
    community.setTick(ChecklistTick(day: try day("2026-09-02")), on: commitment)
    #expect(community.checklistTicks.isEmpty)
  }

  @Test func theCoachTicksAndUnticks() throws {
    var community = try makeCommunity("VLG Bio", members: ["Ann"])
    let time = try #require(PlaybookItem.all.first { $0.id == "1.time" })
    #expect(community.checklistState(of: time) == .open)
    community.setTick(ChecklistTick(day: try day("2026-09-02"), remark: " per mail\n"), on: time)
    #expect(
      community.checklistState(of: time)
        == .ticked(ChecklistTick(day: try day("2026-09-02"), remark: "per mail")))
    community.setTick(nil, on: time)
    #expect(community.checklistState(of: time) == .open)
  }

  @Test func aStoreOfVersionSixOpensAndKeepsTheTicks() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v6-frans-kortrijk", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      var community = try store.community(try #require(store.summaries.first).id)
      #expect(community.checklistTicks.isEmpty)
      #expect(community.themes.first?.subgroups.map(\.name) == ["Derde jaar"])
      #expect(community.internalCoach == community.members.first { $0.name == "Ine Claeys" }?.id)
      let spread = try #require(PlaybookItem.all.first { $0.id == "5.spread" })
      community.setTick(
        ChecklistTick(day: try day("2026-12-03"), remark: "Vakgroep Frans"), on: spread)
      try store.save(community)
      let reopened = try openStore(folder)
      #expect(reopened.problems == [])
      #expect(try reopened.community(community.id) == community)
      #expect(try reopened.notebook(community.id).notes.count == 1)
    }
  }

  @Test func aTickWithoutADayIsDroppedAndReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try makeCommunity("VLG Bio", members: ["Ann"])
      let time = try #require(PlaybookItem.all.first { $0.id == "1.time" })
      community.setTick(ChecklistTick(day: try day("2026-09-02")), on: time)
      try seedStore(folder, with: [community])
      let url = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      guard var root = try PlistXMLReader.parse(try bytes(of: url)).value.dictionary,
        var fields = root["community"]?.dictionary
      else { throw CancellationError() }
      fields["checklistTicks"] = .dictionary([
        "1.time": .dictionary(["remark": .string("no day")]),
        "9.future": .dictionary(["day": .string("2027-01-01"), "remark": .string("kept")]),
      ])
      root["community"] = .dictionary(fields)
      try PlistXMLWriter.data(.dictionary(root)).write(to: url)
      let store = try openStore(folder)
      var read = try store.community(community.id)
      #expect(read.checklistTicks.isEmpty)
      #expect(!store.problems.isEmpty)
      // The newer version's item goes back into the file with the next save.
      read.name = "VLG Biologie"
      try store.save(read)
      let saved = try PlistXMLReader.parse(try bytes(of: url)).value.dictionary?["community"]
      #expect(saved?.dictionary?["checklistTicks"]?.dictionary?["9.future"] != nil)
    }
  }
}
