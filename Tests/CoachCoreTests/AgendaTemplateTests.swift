import Foundation
import Testing

@testable import CoachCore

@Suite("Agenda templates per phase")
struct AgendaTemplateTests {
  @Test(arguments: Phase.allCases)
  func everyPhaseHasAnAgendaInBothLanguages(_ phase: Phase) {
    let dutch = AgendaTemplate.items(for: phase, language: .nl)
    let english = AgendaTemplate.items(for: phase, language: .en)
    #expect(dutch.count >= 4)
    #expect(dutch.count == english.count)
    #expect(dutch.allSatisfy { !$0.title.isEmpty && $0.plannedMinutes > 0 })
    #expect(zip(dutch, english).contains { $0.title != $1.title })
    #expect(dutch.filter { $0.role == .newAgreements }.count == 1)
  }

  @Test func fromPhaseThreeTheMeetingOpensWithTheReviewOfAgreements() {
    for phase in [Phase.chooseThemes, .discussAndDevelop, .stableWithOutput] {
      let items = AgendaTemplate.items(for: phase, language: .en)
      #expect(items.firstIndex { $0.role == .agreementReview } == 1)
    }
    let phaseFour = AgendaTemplate.items(for: .discussAndDevelop, language: .nl).map(\.title)
    #expect(phaseFour.contains("Kritische bespreking van het materiaal"))
    #expect(phaseFour.last == "Nabespreking")
  }

  @Test func aNewMeetingStartsFromTheTemplateOfTheCurrentPhase() throws {
    var community = try makeCommunity("VLG", members: ["A"], phase: .chooseThemes)
    let meeting = community.addMeeting(
      on: try day("2026-12-01"), place: "KA Geel\tlokaal 2", language: .en)
    #expect(meeting.phase == .chooseThemes)
    #expect(meeting.place == "KA Geel lokaal 2")
    #expect(
      meeting.agenda.map(\.title)
        == AgendaTemplate.items(for: .chooseThemes, language: .en).map(\.title))
    #expect(Set(meeting.agenda.map(\.id)).count == meeting.agenda.count)
  }
}
