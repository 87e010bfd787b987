import Foundation
import Testing

@testable import CoachCore

/// A store written by version 2 (`Fixtures/v2-wiskunde-gent`, made with that version's
/// command line) opens with every value it holds, and saves in the current shape.
extension StoreMigrationTests {
  @Test func aStoreOfVersionTwoOpensWithEveryValue() throws {
    try TemporaryDirectory.with { temp in
      let folder = try copyOfFixture("v2-wiskunde-gent", in: temp)
      let store = try openStore(folder)
      #expect(store.access == .readWrite)
      #expect(store.problems == [])
      let summary = try #require(store.summaries.first)
      let community = try store.community(summary.id)
      #expect(community.id.uuidString == "04A2750A-D0A4-4974-9D53-C1A88B5110A1")
      #expect(community.name == "VLG Wiskunde Gent")
      #expect(community.subject == "Wiskunde (2de graad)")
      #expect(community.schools == [])
      #expect(
        community.phaseHistory == [
          PhaseChange(phase: .engageSchoolLeaders, day: try day("2026-12-03"))
        ])
      #expect(community.created == ISO8601DateFormatter().date(from: "2026-12-03T08:31:44Z"))

      let jan = try #require(UUID(uuidString: "97269137-364B-4277-AFA9-328BFAD97856"))
      let zoe = try #require(UUID(uuidString: "348DA9C7-1F33-4C1F-96C8-169586C5D23C"))
      #expect(
        community.members == [
          Member(id: jan, name: "Jan Peeters", school: "KA Gent", role: .teacher),
          Member(id: zoe, name: "Zoë Dëmeester", school: "Sint-Barbara", role: .schoolLeader),
        ])

      #expect(community.meetings.map(\.day) == [try day("2026-10-06"), try day("2026-11-10")])
      #expect(
        community.meetings.map(\.time) == [
          TimeOfDay(hour: 14, minute: 0), TimeOfDay(hour: 15, minute: 30),
        ])
      #expect(community.meetings.map(\.place) == ["KA Gent, lokaal 2.14", "Sint-Barbara"])
      #expect(community.meetings.allSatisfy { $0.phase == .engageSchoolLeaders })
      #expect(community.meetings.allSatisfy { $0.attendance.isEmpty && $0.notes.isEmpty })
      let first = try #require(community.meetings.first)
      #expect(first.id.uuidString == "B89995A3-DF2A-4544-9347-86C013A2CE3B")
      #expect(first.agenda.map(\.plannedMinutes) == [10, 15, 20, 15, 10])
      #expect(first.agenda.map(\.role) == [.regular, .regular, .regular, .regular, .newAgreements])
      #expect(first.agenda.first?.title == "Welkom en kennismaking")
      #expect(first.agenda.first?.id.uuidString == "3FB628E2-E490-4F00-98DE-01441F1EA885")
      #expect(
        community.meetings.flatMap(\.agenda).allSatisfy {
          $0.notes.isEmpty && $0.decisions.isEmpty && $0.presenter.isEmpty && $0.startedAt == nil
            && $0.endedAt == nil
        })

      let second = try #require(community.meetings.last?.id)
      let agreements = community.agreements
      #expect(agreements.map(\.number) == [1, 2])
      #expect(agreements.map(\.kind) == [.finish, .provide])
      #expect(agreements.map(\.text) == ["Hoofdstuk 3 afwerken", "Oefenbundel voorzien"])
      #expect(agreements.map(\.owners) == [[jan], [zoe, jan]])
      #expect(agreements.allSatisfy { $0.madeIn == first.id })
      #expect(agreements.map(\.due) == [.nextMeeting, .day(try day("2026-11-01"))])
      #expect(
        agreements.map(\.reviews) == [
          [.init(meetingID: second, day: try day("2026-11-10"), outcome: .partly, note: "half af")],
          [.init(meetingID: second, day: try day("2026-11-10"), outcome: .done)],
        ])

      // Saved once, it is in the current shape and reads back equal.
      try store.save(community)
      let file = folder.appendingPathComponent("communities/\(community.id.uuidString).plist")
      #expect(try declaredVersion(try bytes(of: file)) == StoreFiles.schemaVersion)
      #expect(try openStore(folder).community(community.id) == community)
    }
  }
}
