import Foundation
import Testing

@testable import CoachCore

/// Chair, timekeeper and minute-taker: proposed in rotation, stored from version 9 on.
@Suite("Meeting roles")
struct MeetingRoleTests {
  @Test func theRolesRotateAmongTheTeachers() throws {
    var community = try makeCommunity("VLG Bio", members: ["Ann", "Bert", "Chloé", "Dirk"])
    var ids: [UUID] = []
    for week in 0..<3 {
      let day = try #require(try day("2026-09-01").adding(days: 28 * week))
      ids.append(community.addMeeting(on: day, language: .nl).id)
    }
    let first = community.proposedRoles(for: ids[0])
    #expect(Set(first.values).count == 3, "nobody twice")
    try community.setRoles(first, in: ids[0])
    let second = community.proposedRoles(for: ids[1])
    // Who never chaired chairs next.
    #expect(second[.chair] != first[.chair])
    #expect(Set(second.values).count == 3)
    try community.setRoles(second, in: ids[1])
    let name = { (id: UUID?) in id.flatMap { community.member(withID: $0)?.name } }
    #expect(name(first[.chair]) == "Ann")
    #expect(name(second[.chair]) == "Bert")
    #expect(throws: CoachError.self) { try community.setRoles([.chair: UUID()], in: ids[2]) }
  }

  @Test func aStoreOfVersionEightOpensAndKeepsTheRoles() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v8-engels-leuven", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      var community = try store.community(try #require(store.summaries.first).id)
      let meeting = try #require(community.meetings.first).id
      #expect(community.meetings[0].roles.isEmpty)
      try community.setRoles(community.proposedRoles(for: meeting), in: meeting)
      #expect(community.meetings[0].roles.count == 2, "two teachers: two roles")
      try store.save(community)
      #expect(try openStore(folder).community(community.id) == community)
    }
  }

  @Test func removingAMemberTakesThemOutOfTheRoles() throws {
    var community = try makeCommunity("VLG Bio", members: ["Ann", "Bert", "Chloé"])
    let meeting = community.addMeeting(on: try day("2026-09-01"), language: .nl).id
    try community.setRoles(community.proposedRoles(for: meeting), in: meeting)
    community.removeMember(id: community.members[0].id)
    #expect(community.meetings[0].roles.count == 2)
  }
}

/// The roles in the minutes: said when given, nothing when not (older minutes stay the same).
@Suite("Meeting roles in the minutes")
struct MeetingRoleMinutesTests {
  @Test func theMinutesNameWhoChairedKeptTimeAndTookThem() throws {
    var community = try ExportFixture.community(.en)
    let meeting = ExportFixture.thirdMeeting
    let today = try #require(ExportFixture.today)
    let before = MinutesMarkdown.render(community, meeting: meeting, language: .en, today: today)
    #expect(!before.contains("**Chair:**"))
    let proposal = community.proposedRoles(for: meeting)
    try community.setRoles(proposal, in: meeting)
    let after = MinutesMarkdown.render(community, meeting: meeting, language: .en, today: today)
    let chair = try #require(proposal[.chair].flatMap { community.member(withID: $0)?.name })
    #expect(after.contains("- **Chair:** " + chair))
    #expect(after.contains("- **Minute-taker:** "))
    let nl = MinutesMarkdown.render(community, meeting: meeting, language: .nl, today: today)
    #expect(nl.contains("- **Voorzitter:** " + chair))
  }
}
