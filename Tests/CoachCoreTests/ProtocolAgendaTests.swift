import Foundation
import Testing

@testable import CoachCore

/// A discussion protocol on an agenda: one item of its total minutes, run step by step, and
/// stored from version 8 on.
@Suite("Protocols on the agenda")
struct ProtocolAgendaTests {
  @Test func aProtocolIsOneItemBeforeTheNewAgreements() throws {
    var community = try makeCommunity("VLG Bio", members: ["Ann"], phase: .discussAndDevelop)
    var meeting = community.addMeeting(on: try day("2026-12-01"), language: .nl)
    let roles = meeting.agenda.map(\.role)
    let item = meeting.addProtocol(.tuning, language: .nl)
    #expect(item.title == "Tuning-protocol" && item.plannedMinutes == 45)
    #expect(meeting.agenda.count == roles.count + 1)
    let index = try #require(meeting.agenda.firstIndex { $0.id == item.id })
    if roles.contains(.newAgreements) {
      #expect(meeting.agenda[index + 1].role == .newAgreements)
    }
  }

  @Test func whileItRunsItSaysTheStepAndTheMinutesLeft() throws {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    var item = AgendaItem(title: "Tuning", plannedMinutes: 45, protocolID: "tuning")
    #expect(item.protocolStep(now: start) == nil, "not started")
    item.startedAt = start
    let step = try #require(item.protocolStep(now: start.addingTimeInterval(12 * 60)))
    #expect(step.index == 1 && step.minutesLeft == 3)
    item.endedAt = start.addingTimeInterval(50 * 60)
    #expect(item.protocolStep(now: start.addingTimeInterval(20 * 60)) == nil, "ended")
    // A protocol this version does not know runs as a plain item.
    #expect(
      AgendaItem(title: "X", plannedMinutes: 5, protocolID: "future").discussionProtocol == nil)
  }

  @Test func aStoreOfVersionSevenOpensAndKeepsTheProtocol() throws {
    try TemporaryDirectory.with { temp in
      let folder = try StoreMigrationTests().copyOfFixture("v7-chemie-gent", in: temp)
      let store = try openStore(folder)
      #expect(store.problems == [])
      var community = try store.community(try #require(store.summaries.first).id)
      #expect(community.meetings.first?.agenda.allSatisfy { $0.protocolID == nil } == true)
      community.meetings[0].addProtocol(.debrief, language: .en)
      try store.save(community)
      let reopened = try openStore(folder)
      #expect(try reopened.community(community.id) == community)
      #expect(
        try reopened.community(community.id).meetings[0].agenda.contains {
          $0.discussionProtocol == .debrief
        })
    }
  }
}
