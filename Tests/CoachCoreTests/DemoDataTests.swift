import Foundation
import Testing

@testable import CoachCore

@Suite("Demo data")
struct DemoDataTests {
  private func demo(today text: String = "2026-03-15") throws -> [Community] {
    DemoData.communities(today: try day(text), now: Fixture.now)
  }

  @Test func hasACommerceAndAHistoryCommunity() throws {
    let communities = try demo()
    #expect(communities.count == 2)
    let commerce = try #require(communities.first)
    #expect(commerce.name == "VLG Handel Kempen")
    #expect(commerce.phase == .discussAndDevelop)
    #expect(
      commerce.phaseHistory.map(\.phase) == [
        .engageSchoolLeaders, .motivateTeachers, .chooseThemes, .discussAndDevelop,
      ])
    #expect(commerce.schools.count == 3)
    #expect(commerce.allSchools.count == 3)
    #expect(commerce.members.count == 7)
    #expect(commerce.activeMembers.count == 7)
    #expect(commerce.members.allSatisfy { $0.committedOn != nil })

    let history = try #require(communities.last)
    #expect(history.name == "VLG Geschiedenis Antwerpen")
    #expect(history.phase == .motivateTeachers)
    #expect(history.phaseHistory.count == 2)
    #expect(history.allSchools.count == 3)
    #expect(history.members.count == 4)
  }

  @Test func namesAreUniqueAndAlreadyClean() throws {
    let communities = try demo()
    let communityNames = communities.map { $0.name.lowercased() }
    #expect(Set(communityNames).count == communityNames.count)
    for community in communities {
      let memberNames = community.members.map { $0.name.lowercased() }
      #expect(Set(memberNames).count == memberNames.count, "\(community.name)")
      #expect(Set(community.members.map(\.id)).count == community.members.count)
      for member in community.members {
        #expect(TextCleaning.line(member.name) == member.name)
        #expect(!member.school.isEmpty)
      }
      let others = communities.filter { $0.id != community.id }.map(\.name)
      #expect(throws: Never.self) {
        try CommunityDraft(community).validated(otherNames: others)
      }
    }
  }

  /// The history is computed back from today; every phase move must succeed whatever today
  /// is (the moves use `try?`, so a failing one would silently shorten the history).
  @Test(arguments: [
    "2026-03-15", "2026-01-01", "2026-02-28", "2024-02-29", "2026-12-31", "2027-01-31",
  ])
  func theHistoryIsCompleteAndInThePastForAnyToday(_ today: String) throws {
    let communities = try demo(today: today)
    let todayDay = try day(today)
    #expect(communities.map { $0.phaseHistory.count } == [4, 2])
    #expect(communities.map { $0.members.count } == [7, 4])
    for community in communities {
      let days = community.phaseHistory.map(\.day)
      #expect(days == days.sorted(), "\(community.name)")
      #expect(days.allSatisfy { $0 <= todayDay })
      #expect(community.members.compactMap(\.committedOn).allSatisfy { $0 <= todayDay })
    }
  }

  @Test func survivesTheStore() throws {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let communities = try demo()
      do {
        let store = try openStore(folder)
        for community in communities { try store.save(community) }
      }
      let store = try openStore(folder)
      #expect(store.summaries.map(\.name) == ["VLG Handel Kempen", "VLG Geschiedenis Antwerpen"])
      #expect(store.summaries.map(\.memberCount) == [7, 4])
      #expect(try store.allCommunities() == communities)
    }
  }
}
