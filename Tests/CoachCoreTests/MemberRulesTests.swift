import Foundation
import Testing

@testable import CoachCore

@Suite("Member rules")
struct MemberRulesTests {
  private let today = CalendarDay(year: 2026, month: 3, day: 10)!

  @Test func addsACleanedMember() throws {
    var community = try makeCommunity("VLG Handel")
    let id = UUID()
    let added = try community.addMember(
      MemberDraft(
        name: " Zoë\tDëmeester\u{1B} ", school: " KA Geel\n", role: .pedagogicalAdviser,
        committedOn: try day("2026-02-01")),
      today: today, id: id)
    #expect(added.id == id)
    #expect(added.name == "Zoë Dëmeester")
    #expect(added.school == "KA Geel")
    #expect(added.role == .pedagogicalAdviser)
    #expect(added.participation == .active)
    #expect(added.participationSince == nil)
    #expect(added.committedOn == (try day("2026-02-01")))
    #expect(community.members == [added])
  }

  @Test(arguments: ["", "  ", "\n\t", "\u{7}"])
  func refusesAnEmptyName(_ name: String) throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    #expect(throws: CoachError.emptyMemberName) {
      try community.addMember(MemberDraft(name: name), today: today)
    }
    #expect(community.members.map(\.name) == ["Jan"])
  }

  @Test(arguments: ["Jan de Vries", "jan de vries", "JAN DE VRIES", " Jan\tde Vries "])
  func refusesANameAnotherMemberHasInAnyCase(_ name: String) throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan de Vries", "Els Peeters"])
    #expect(throws: CoachError.duplicateMemberName(TextCleaning.line(name))) {
      try community.addMember(MemberDraft(name: name), today: today)
    }
    #expect(community.members.count == 2)
  }

  @Test func updatesAMember() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan de Vries", "Els Peeters"])
    let jan = community.members[0]
    try community.updateMember(
      id: jan.id, with: MemberDraft(name: "Jan De Vries", school: "Atheneum", role: .schoolLeader),
      today: today)
    let updated = try #require(community.member(withID: jan.id))
    #expect(updated.name == "Jan De Vries", "changing the case of one's own name is allowed")
    #expect(updated.school == "Atheneum")
    #expect(updated.role == .schoolLeader)
    #expect(community.members[1].name == "Els Peeters")
  }

  @Test func anUpdateToAnotherMembersNameIsRefused() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan de Vries", "Els Peeters"])
    let before = community
    #expect(throws: CoachError.duplicateMemberName("els peeters")) {
      try community.updateMember(
        id: community.members[0].id, with: MemberDraft(name: "els peeters"), today: today)
    }
    #expect(throws: CoachError.emptyMemberName) {
      try community.updateMember(
        id: community.members[0].id, with: MemberDraft(name: ""), today: today)
    }
    #expect(community == before)
  }

  @Test func removesOnlyTheGivenMember() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan", "Els", "Bram"])
    let els = community.members[1]
    community.removeMember(id: els.id)
    #expect(community.members.map(\.name) == ["Jan", "Bram"])
    #expect(community.member(withID: els.id) == nil)
  }

  // MARK: Participation

  private func stop(
    _ community: inout Community, _ member: Member, since: CalendarDay? = nil,
    as participation: Participation = .stopped
  ) throws {
    var draft = MemberDraft(member)
    draft.participation = participation
    draft.participationSince = since
    try community.updateMember(id: member.id, with: draft, today: today)
  }

  @Test func stoppingWithoutADateHappenedToday() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    try stop(&community, community.members[0])
    #expect(community.members[0].participation == .stopped)
    #expect(community.members[0].participationSince == today)
    #expect(!community.members[0].isActive)
  }

  @Test func stoppingOnAGivenDayKeepsThatDay() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    try stop(&community, community.members[0], since: try day("2026-02-14"))
    #expect(community.members[0].participationSince == (try day("2026-02-14")))
  }

  @Test func takingPartDifferentlyWithoutADateHappenedToday() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    try stop(&community, community.members[0], as: .different)
    #expect(community.members[0].participation == .different)
    #expect(community.members[0].participationSince == today)
    #expect(community.members[0].isActive, "taking part differently is still taking part")
  }

  @Test func anotherEditKeepsTheDayOfStopping() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    try stop(&community, community.members[0], since: try day("2026-02-14"))
    var draft = MemberDraft(community.members[0])
    draft.school = "KA Geel"
    draft.participationSince = nil
    try community.updateMember(id: community.members[0].id, with: draft, today: today)
    #expect(community.members[0].participationSince == (try day("2026-02-14")))
  }

  @Test func becomingActiveAgainClearsTheDay() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan"])
    try stop(&community, community.members[0], since: try day("2026-02-14"))
    var draft = MemberDraft(community.members[0])
    draft.participation = .active
    try community.updateMember(id: community.members[0].id, with: draft, today: today)
    #expect(community.members[0].participation == .active)
    #expect(community.members[0].participationSince == nil)
  }

  @Test func aMemberAddedAsStoppedStoppedToday() throws {
    var community = try makeCommunity("VLG Handel")
    let added = try community.addMember(
      MemberDraft(name: "Jan", participation: .stopped), today: today)
    #expect(added.participationSince == today)
  }

  @Test func onlyActiveMembersCount() throws {
    var community = try makeCommunity("VLG Handel", members: ["Jan", "Els", "Bram"])
    try stop(&community, community.members[0])
    try stop(&community, community.members[1], as: .different)
    #expect(community.activeMembers.map(\.name) == ["Els", "Bram"])
    #expect(CommunitySummary(community).memberCount == 2)
  }

  // MARK: Schools

  @Test func allSchoolsListsEachSchoolOnceInFirstSpelling() throws {
    var community = try makeCommunity("VLG Handel", schools: ["KA Geel", "Sint-Victor"])
    for (name, school) in [
      ("Jan", "ka geel"), ("Els", "Atheneum"), ("Bram", ""), ("Zoë", "ATHENEUM"),
    ] {
      try community.addMember(MemberDraft(name: name, school: school), today: today)
    }
    #expect(community.allSchools == ["KA Geel", "Sint-Victor", "Atheneum"])
    #expect(CommunitySummary(community).schoolCount == 3)
  }
}
