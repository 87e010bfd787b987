import Foundation
import Testing

@testable import CoachCore

/// Rounds of answers survive a save and a load; a damaged round is mended or dropped, never
/// trusted; a store of version 9 opens without them.
@Suite("Checklist answers on disk")
struct ChecklistStoreTests {
  @Test func roundsSurviveASaveAndALoad() throws {
    try TemporaryDirectory.with { temp in
      var community = try makeCommunity("VLG Bio", members: ["Ann", "Bert"])
      let today = try day("2026-10-06")
      try community.submitChecklist(
        .selfAssessment, meetingID: nil, day: today, anonymous: false,
        memberID: community.members[0].id, answers: ["initiative": .scale(5)], at: Fixture.now)
      try community.submitChecklist(
        .meetingEvaluation, meetingID: nil, day: today, anonymous: true,
        memberID: community.members[1].id,
        answers: ["next-step": .yes, "better": .text("Meer voorbeelden")], at: Fixture.now)
      let folder = storeFolder(in: temp)
      try seedStore(folder, with: [community])
      let store = try openStore(folder)
      #expect(try store.community(community.id) == community)
      #expect(store.problems == [])
    }
  }

  @Test func aDamagedRoundIsMendedAndNothingTraps() throws {
    try TemporaryDirectory.with { temp in
      var community = try makeCommunity("VLG Bio", members: ["Ann", "Bert"])
      let ann = community.members[0].id
      try community.submitChecklist(
        .meetingEvaluation, meetingID: nil, day: try day("2026-10-06"), anonymous: true,
        memberID: ann, answers: ["learned": .scale(4), "next-step": .yes], at: Fixture.now)
      let folder = storeFolder(in: temp)
      try seedStore(folder, with: [community])
      let url = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      var root = try #require(try PlistXMLReader.parse(try bytes(of: url)).value.dictionary)
      var tree = try #require(root["community"]?.dictionary)
      var round = try #require(tree["checklistRounds"]?.array?.first?.dictionary)
      var response = try #require(round["responses"]?.array?.first?.dictionary)
      // A name slipped into an anonymous round, a scale of 9 and a yes written as text.
      response["member"] = .string(ann.uuidString)
      response["answers"] = .dictionary([
        "learned": .integer(9), "next-step": .string("yes"), "time-used": .integer(3),
      ])
      round["responses"] = .array([.dictionary(response), .string("nonsense")])
      let broken: PlistValue = .dictionary(["id": .string("not an id"), "day": .integer(3)])
      tree["checklistRounds"] = .array([.dictionary(round), broken])
      root["community"] = .dictionary(tree)
      try PlistXMLWriter.data(.dictionary(root)).write(to: url)

      let store = try openStore(folder)
      let read = try store.community(community.id)
      #expect(read.checklistRounds.count == 1)
      let kept = try #require(read.checklistRounds.first?.responses)
      #expect(kept.count == 1)
      #expect(kept[0].memberID == nil, "an anonymous round stays anonymous")
      #expect(kept[0].answers == ["time-used": .scale(3)])
      #expect(!store.problems.isEmpty)
    }
  }

  @Test func aStoreOfVersionNineOpensWithoutAnswersAndTakesThem() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v9-aardrijkskunde-antwerpen", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      var community = try store.community(try #require(store.summaries.first).id)
      #expect(community.checklistRounds.isEmpty)
      #expect(
        community.checklistRespondents.map(\.name) == [
          "Lotte Peeters", "Nora El Amrani", "Wout Janssens",
        ])
      let meeting = try #require(community.meetingForChecklist(on: try day("2026-11-10")))
      try community.submitChecklist(
        .conditions, meetingID: meeting.id, day: meeting.day, anonymous: false,
        memberID: community.members[0].id, answers: ["safe": .scale(4)], at: Fixture.now)
      try store.save(community)
      #expect(try openStore(folder).community(community.id) == community)
    }
  }
}
