import Foundation
import Testing

@testable import CoachCore

/// A theme after it was chosen: subgroups, outputs, exchange and showcase moments; a
/// member's reason for stopping; the internal coach. Stored from version 6 on.
@Suite("Theme work, stop reasons and the internal coach")
struct ThemeWorkTests {
  @Test func outputsMomentsAndSubgroupsAreRecordedOnTheirTheme() throws {
    var community = try makeCommunity("VLG Bio", members: ["A", "B", "C", "D", "E", "F", "G", "H"])
    let ids = community.members.map(\.id)
    let theme = try community.addTheme(title: "Onderzoekend leren", members: Array(ids.prefix(4)))
    // A subgroup's members join the theme when they were not on it.
    try community.addSubgroup(toTheme: theme.id, name: "Eerste graad", members: [ids[0], ids[5]])
    #expect(community.themes[0].members.contains(ids[5]))
    #expect(throws: CoachError.duplicateSubgroup("EERSTE GRAAD")) {
      try community.addSubgroup(toTheme: theme.id, name: "EERSTE GRAAD", members: [])
    }
    #expect(throws: CoachError.emptySubgroupName) {
      try community.addSubgroup(toTheme: theme.id, name: "  ", members: [])
    }
    let made = try day("2026-11-02")
    #expect(throws: CoachError.triedBeforeMade(made: made)) {
      try community.addOutput(
        toTheme: theme.id, title: "Lessenreeks", madeOn: made, triedInClassOn: try day("2026-11-01")
      )
    }
    #expect(throws: CoachError.emptyOutputTitle) {
      try community.addOutput(toTheme: theme.id, title: "", madeOn: made)
    }
    try community.addOutput(
      toTheme: theme.id, title: "Lessenreeks", madeOn: made, triedInClassOn: try day("2026-11-20"))
    try community.addMoment(toTheme: theme.id, kind: .showcase, day: try day("2027-03-01"))
    try community.addMoment(toTheme: theme.id, kind: .exchange, day: try day("2026-12-01"))
    #expect(community.themes[0].timeline.map(\.kind) == [.exchange, .showcase])
    #expect(community.themes[0].showcases.count == 1)
    #expect(throws: CoachError.unknownTheme(UUID.zero.uuidString)) {
      try community.addMoment(toTheme: .zero, kind: .exchange, day: made)
    }
  }

  @Test func takingAMemberOffAThemeTakesThemOffItsSubgroupsToo() throws {
    var community = try makeCommunity("VLG Bio", members: ["A", "B", "C"])
    let ids = community.members.map(\.id)
    let theme = try community.addTheme(title: "T", members: ids)
    try community.addSubgroup(toTheme: theme.id, name: "S", members: ids)
    try community.updateTheme(
      id: theme.id, title: "T2", description: "", members: [ids[0]], status: .inProgress)
    #expect(community.themes[0].subgroups[0].members == [ids[0]])
    #expect(community.themes[0].status == .inProgress)
    community.removeMember(id: ids[0])
    #expect(community.themes[0].members.isEmpty && community.themes[0].subgroups[0].members.isEmpty)
  }

  @Test func theInternalCoachIsAMemberWhoStillTakesPart() throws {
    var community = try makeCommunity("VLG Bio", members: ["Ann", "Bert"])
    let ann = community.members[0].id
    try community.setInternalCoach(ann)
    #expect(community.internalCoach == ann)
    var draft = MemberDraft(community.members[0])
    draft.participation = .stopped
    draft.participationReason = "Andere opdracht in de school"
    try community.updateMember(id: ann, with: draft, today: try day("2026-12-01"))
    #expect(community.internalCoach == nil, "a member who stops no longer coaches")
    #expect(community.members[0].participationReason == "Andere opdracht in de school")
    #expect(throws: CoachError.stoppedMemberAsInternalCoach("Ann")) {
      try community.setInternalCoach(ann)
    }
    // Back to active: the reason goes with the stop.
    draft.participation = .active
    try community.updateMember(id: ann, with: draft, today: try day("2026-12-02"))
    #expect(community.members[0].participationReason.isEmpty)
  }

  @Test func aMemberWhoStoppedIsNotCountedForTheFourToSixAdvice() throws {
    var community = try makeCommunity("VLG Bio", members: ["A", "B", "C", "D"])
    let theme = try community.addTheme(title: "T", members: community.members.map(\.id))
    #expect(community.sizeAdvice(of: theme) == nil)
    var draft = MemberDraft(community.members[0])
    draft.participation = .stopped
    try community.updateMember(
      id: community.members[0].id, with: draft, today: try day("2026-12-01"))
    #expect(community.sizeAdvice(of: community.themes[0]) == .tooFew(3))
    #expect(throws: CoachError.self) {
      try community.updateTheme(
        id: UUID(), title: "X", description: "", members: [], status: .chosen)
    }
  }

  @Test func aChangedParticipationWithTheOldDayStillInTheFormBeganToday() throws {
    var community = try makeCommunity("VLG Bio", members: ["A"])
    let id = community.members[0].id
    var draft = MemberDraft(community.members[0])
    draft.participation = .different
    try community.updateMember(id: id, with: draft, today: try day("2026-10-01"))
    draft = MemberDraft(community.members[0])
    draft.participation = .stopped
    try community.updateMember(id: id, with: draft, today: try day("2026-12-01"))
    #expect(community.members[0].participationSince == (try day("2026-12-01")))
    // A day typed by the coach is kept.
    draft = MemberDraft(community.members[0])
    draft.participation = .different
    draft.participationSince = try day("2026-11-15")
    try community.updateMember(id: id, with: draft, today: try day("2026-12-02"))
    #expect(community.members[0].participationSince == (try day("2026-11-15")))
  }

  @Test func aStoreOfVersionFiveOpensAndKeepsEverythingNewAfterASave() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v5-biologie-hasselt", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      var community = try store.community(try #require(store.summaries.first).id)
      #expect(community.themes.map(\.title) == ["Onderzoekend leren"])
      #expect(community.themes[0].members.count == 4)
      #expect(community.themes[0].outputs.isEmpty && community.internalCoach == nil)
      let theme = community.themes[0].id
      try community.addOutput(
        toTheme: theme, title: "Practicumfiche", madeOn: try day("2026-11-10"))
      try community.addMoment(toTheme: theme, kind: .showcase, day: try day("2027-02-01"))
      try community.addSubgroup(
        toTheme: theme, name: "Tweede graad", members: [community.members[0].id])
      try community.setInternalCoach(community.members[1].id)
      try store.save(community)
      let reopened = try openStore(folder)
      #expect(reopened.problems == [])
      #expect(try reopened.community(community.id) == community)
      #expect(try reopened.notebook(community.id).notes.count == 1, "the notes stay")
    }
  }

  @Test func aThemeMemberOrInternalCoachNotInTheCommunityIsDroppedAndReported() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      var community = try makeCommunity("VLG Bio", members: ["Ann"])
      try community.addTheme(title: "T", members: [community.members[0].id])
      try seedStore(folder, with: [community])
      let url = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      guard var root = try PlistXMLReader.parse(try bytes(of: url)).value.dictionary,
        var fields = root["community"]?.dictionary, var themes = fields["themes"]?.array,
        var theme = themes[0].dictionary
      else { throw CancellationError() }
      let stranger = UUID().uuidString
      theme["members"] = .array([.string(community.members[0].id.uuidString), .string(stranger)])
      theme["outputs"] = .array([.dictionary(["id": .string(stranger), "title": .string("X")])])
      themes[0] = .dictionary(theme)
      fields["themes"] = .array(themes)
      fields["internalCoach"] = .string(stranger)
      root["community"] = .dictionary(fields)
      try PlistXMLWriter.data(.dictionary(root)).write(to: url)

      let store = try openStore(folder)
      let read = try store.community(community.id)
      #expect(read.themes[0].members == [community.members[0].id])
      #expect(read.themes[0].outputs.isEmpty, "an output without the day it was made")
      #expect(read.internalCoach == nil)
      guard case .repaired(_, let repairs, _) = store.problems.first else {
        Issue.record("not reported: \(store.problems)")
        return
      }
      #expect(repairs.count >= 3)
    }
  }
}

extension UUID {
  fileprivate static let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
