import Foundation
import Testing

@testable import CoachCore

@Suite("Homework agreements: correcting and deleting")
struct AgreementEditingTests {
  /// Phase 4, three members, two meetings; agreement 1 made in meeting 1.
  func community() throws -> (Community, [UUID], [UUID], UUID) {
    var community = try makeCommunity(
      "VLG Handel", members: ["Zoë", "Jan", "Els"], phase: .discussAndDevelop)
    let meetings = [
      community.addMeeting(on: try day("2026-09-15"), language: .nl).id,
      community.addMeeting(on: try day("2026-10-13"), language: .nl).id,
    ]
    let people = community.members.map(\.id)
    let agreement = try community.addAgreement(
      kind: .finish, text: "Hoofdstuk 3", owners: [people[0]], madeIn: meetings[0])
    return (community, meetings, people, agreement.id)
  }

  @Test func everyFieldCanBeChangedAndWhatIsNotGivenStays() throws {
    var (community, _, people, id) = try community()
    let due = Agreement.Due.day(try day("2026-10-30"))
    try community.editAgreement(id, kind: .provide, text: "  Oefenbundel\r\nH3  ", due: due)
    var agreement = try #require(community.agreement(number: 1))
    #expect(agreement.kind == .provide)
    #expect(agreement.text == "Oefenbundel\nH3")
    #expect(agreement.owners == [people[0]])
    #expect(agreement.due == due)
    // Owners: unknown ids left out, repeats once, the order kept.
    try community.editAgreement(id, owners: [people[2], UUID(), people[1], people[2]])
    agreement = try #require(community.agreement(number: 1))
    #expect(agreement.owners == [people[2], people[1]])
    #expect(agreement.text == "Oefenbundel\nH3")
    try community.editAgreement(id, due: .nextMeeting)
    #expect(community.agreement(number: 1)?.due == .nextMeeting)
  }

  @Test func theRulesOfMakingApplyAndARefusedEditChangesNothing() throws {
    var (community, _, _, id) = try community()
    let before = community
    #expect(throws: CoachError.emptyAgreement) {
      try community.editAgreement(id, kind: .discuss, text: " \n ")
    }
    #expect(throws: CoachError.agreementWithoutOwner) {
      try community.editAgreement(id, text: "Nieuw", owners: [UUID()])
    }
    #expect(throws: CoachError.agreementWithoutOwner) {
      try community.editAgreement(id, owners: [])
    }
    let unknown = UUID()
    #expect(throws: CoachError.noSuchAgreement(unknown.uuidString)) {
      try community.editAgreement(unknown, text: "x")
    }
    #expect(community == before)
  }

  @Test func anAgreementNotFollowedUpYetCanBeDeleted() throws {
    var (community, meetings, people, id) = try community()
    let second = try community.addAgreement(
      kind: .discuss, text: "Casus", owners: [people[1]], madeIn: meetings[0])
    try community.removeAgreement(id)
    #expect(community.agreements.map(\.id) == [second.id])
    #expect(community.agreementsToReview(in: meetings[1]).map(\.id) == [second.id])
  }

  @Test func aFollowedUpAgreementIsNotDeletedBecauseMinutesShowIt() throws {
    var (community, meetings, _, id) = try community()
    try community.review(
      agreement: id, outcome: .partly, note: "half", in: meetings[1], on: try day("2026-10-13"))
    let before = community
    #expect(throws: CoachError.agreementHasReviews(1)) { try community.removeAgreement(id) }
    #expect(community == before)
    // Between meetings counts too: the next meeting's minutes list it as closed.
    var (other, _, _, otherID) = try self.community()
    try other.review(agreement: otherID, outcome: .done, in: nil, on: try day("2026-09-20"))
    #expect(throws: CoachError.agreementHasReviews(1)) { try other.removeAgreement(otherID) }
  }
}
