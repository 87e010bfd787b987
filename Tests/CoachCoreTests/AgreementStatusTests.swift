import Foundation
import Testing

@testable import CoachCore

@Suite("Homework agreements: the status as of a meeting")
struct AgreementStatusTests {
  /// Phase 4, two members, four meetings a month apart; agreement 1 made in meeting 1.
  func community() throws -> (Community, [UUID], UUID) {
    var community = try makeCommunity(
      "VLG Handel", members: ["Zoë", "Jan"], phase: .discussAndDevelop)
    let meetings = try ["2026-09-15", "2026-10-13", "2026-11-10", "2026-12-08"].map {
      community.addMeeting(on: try day($0), language: .nl).id
    }
    let agreement = try community.addAgreement(
      kind: .discuss, text: "Casus lezen", owners: [community.members[0].id], madeIn: meetings[0])
    return (community, meetings, agreement.id)
  }

  @Test func partlyInMeetingTwoStaysPartlyInMeetingThreeAndInTheFollowUp() throws {
    var (community, meetings, id) = try community()
    try community.review(
      agreement: id, outcome: .partly, note: "helft gelezen", in: meetings[1],
      on: try day("2026-10-13"))
    let agreement = try #require(community.agreement(number: 1))
    #expect(community.status(of: agreement, asOf: meetings[0]) == .open)
    #expect(community.status(of: agreement, asOf: meetings[1]) == .partly)
    #expect(community.status(of: agreement, asOf: meetings[2]) == .partly)
    #expect(community.status(of: agreement) == .partly)
    #expect(community.latestReview(of: agreement, asOf: meetings[2])?.note == "helft gelezen")
    let items = FollowUp.items(in: [community], today: try day("2026-11-20"))
    #expect(items.map(\.status) == [.partly])
  }

  @Test func aLaterReviewDoesNotChangeAnEarlierMeetingsStatus() throws {
    var (community, meetings, id) = try community()
    try community.review(
      agreement: id, outcome: .partly, in: meetings[1], on: try day("2026-10-13"))
    // Closed between meetings 2 and 3, on 20 October.
    try community.review(
      agreement: id, outcome: .done, in: nil, on: try day("2026-10-20"))
    let agreement = try #require(community.agreement(number: 1))
    #expect(community.status(of: agreement, asOf: meetings[1]) == .partly)
    #expect(community.status(of: agreement, asOf: meetings[2]) == .done)
    #expect(community.status(of: agreement) == .done)
    // The follow-up list of open agreements leaves it out, the full one shows it done.
    #expect(FollowUp.items(in: [community], today: try day("2026-11-20")).isEmpty)
    let all = FollowUp.items(in: [community], today: try day("2026-11-20"), includeClosed: true)
    #expect(all.map(\.status) == [.done])
  }

  @Test func aReviewBetweenMeetingsOnAMeetingsDayComesAfterThatMeeting() throws {
    var (community, meetings, id) = try community()
    try community.review(
      agreement: id, outcome: .done, in: nil, on: try day("2026-10-13"))
    let agreement = try #require(community.agreement(number: 1))
    #expect(community.status(of: agreement, asOf: meetings[1]) == .open)
    #expect(community.status(of: agreement, asOf: meetings[2]) == .done)
    // One rule everywhere: meeting 2 reviewed it still open and carried it over once;
    // meeting 3 names it as closed since meeting 2.
    #expect(community.agreementsToReview(in: meetings[1]).map(\.id) == [id])
    #expect(community.timesCarriedOver(agreement, asOf: meetings[1]) == 1)
    #expect(community.timesCarriedOver(agreement, asOf: meetings[2]) == 1)
    #expect(community.agreementsToReview(in: meetings[2]).isEmpty)
    #expect(
      community.agreementsClosedBetweenMeetings(before: meetings[2]).map(\.agreement.id) == [id])
  }

  @Test func closedBetweenMeetingsIsNamedBeforeTheNextMeetingOnly() throws {
    var (community, meetings, id) = try community()
    let other = try community.addAgreement(
      kind: .finish, text: "Toets", owners: [community.members[1].id], madeIn: meetings[0])
    try community.review(
      agreement: id, outcome: .dropped, note: "niet nodig", in: nil,
      on: try day("2026-10-20"))
    // Closing in a meeting's review is not "between meetings".
    try community.review(
      agreement: other.id, outcome: .done, in: meetings[2], on: try day("2026-11-10"))
    #expect(community.agreementsClosedBetweenMeetings(before: meetings[1]).isEmpty)
    let closed = community.agreementsClosedBetweenMeetings(before: meetings[2])
    #expect(closed.map(\.agreement.number) == [1])
    #expect(closed.map(\.review.note) == ["niet nodig"])
    #expect(community.agreementsClosedBetweenMeetings(before: meetings[3]).isEmpty)
  }
}
