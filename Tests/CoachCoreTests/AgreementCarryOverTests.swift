import Foundation
import Testing

@testable import CoachCore

@Suite("Homework agreements: review lists, carry-over, overdue")
struct AgreementCarryOverTests {
  /// Phase 4, three members, three meetings a month apart.
  func community() throws -> (Community, [Meeting], [UUID]) {
    var community = try makeCommunity(
      "VLG Handel", members: ["Zoë", "Jan", "Els"], phase: .discussAndDevelop)
    let meetings = [
      community.addMeeting(on: try day("2026-09-15"), language: .nl),
      community.addMeeting(on: try day("2026-10-13"), language: .nl),
      community.addMeeting(on: try day("2026-11-10"), language: .nl),
    ]
    return (community, meetings, community.members.map(\.id))
  }

  @Test func carryOverAcrossThreeMeetings() throws {
    var (community, meetings, people) = try community()
    let (first, second, third) = (meetings[0].id, meetings[1].id, meetings[2].id)
    let done = try community.addAgreement(
      kind: .finish, text: "Hoofdstuk 3 afwerken", owners: [people[0]], madeIn: first)
    let partly = try community.addAgreement(
      kind: .discuss, text: "Casus lezen", owners: [people[1]], madeIn: first)
    let dropped = try community.addAgreement(
      kind: .provide, text: "Oefenbundel", owners: [people[2]], madeIn: first)
    let open = try community.addAgreement(
      kind: .finish, text: "Toets opstellen", owners: people, madeIn: first)

    // Meeting 2 reviews all four.
    #expect(community.agreementsToReview(in: second).map(\.number) == [1, 2, 3, 4])
    try community.review(agreement: done.id, outcome: .done, in: second, on: try day("2026-10-13"))
    try community.review(
      agreement: partly.id, outcome: .partly, note: "helft gelezen", in: second,
      on: try day("2026-10-13"))
    try community.review(
      agreement: dropped.id, outcome: .dropped, note: "niet meer nodig", in: second,
      on: try day("2026-10-13"))
    // `open` is not looked at in meeting 2: it stays open.

    // Meeting 2's minutes still show the closed ones with their outcome.
    #expect(community.agreementsToReview(in: second).count == 4)
    // Meeting 3 lists only what is still open: partly and the one never reviewed.
    #expect(community.agreementsToReview(in: third).map(\.number) == [2, 4])

    let today = try day("2026-11-20")
    #expect(community.timesCarriedOver(community.agreement(number: 1) ?? done, today: today) == 0)
    #expect(community.timesCarriedOver(community.agreement(number: 2) ?? partly, today: today) == 2)
    #expect(
      community.timesCarriedOver(community.agreement(number: 3) ?? dropped, today: today) == 0)
    #expect(community.timesCarriedOver(community.agreement(number: 4) ?? open, today: today) == 2)
    #expect(community.agreement(number: 2)?.status == .partly)
    #expect(community.agreement(number: 3)?.status == .dropped)
    #expect(community.agreement(number: 4)?.status == .open)

    // Overdue: due at meeting 2 (13 Oct), still open on 20 Nov.
    #expect(community.isOverdue(community.agreement(number: 4) ?? open, today: today))
    #expect(!community.isOverdue(community.agreement(number: 1) ?? done, today: today))
  }

  @Test func aMeetingPlannedBeforeTheAgreementStillListsIt() throws {
    var (community, meetings, people) = try community()
    // Meeting 3 exists already; the agreement is made later, in meeting 2.
    let agreement = try community.addAgreement(
      kind: .finish, text: "Later", owners: [people[0]], madeIn: meetings[1].id)
    #expect(community.agreementsToReview(in: meetings[2].id).map(\.id) == [agreement.id])
    #expect(community.agreementsToReview(in: meetings[1].id).isEmpty)
    #expect(community.dueDay(agreement) == meetings[2].day)
  }

  @Test func closingBetweenMeetingsTakesItOffTheNextReview() throws {
    var (community, meetings, people) = try community()
    let agreement = try community.addAgreement(
      kind: .provide, text: "Bundel", owners: [people[0]], madeIn: meetings[0].id)
    try community.review(
      agreement: agreement.id, outcome: .done, in: nil, on: try day("2026-09-20"))
    #expect(community.agreementsToReview(in: meetings[1].id).isEmpty)
    #expect(community.timesCarriedOver(community.agreements[0], today: try day("2026-12-01")) == 0)
  }

  @Test func theRulesOfMakingAndClosing() throws {
    var (community, meetings, people) = try community()
    #expect(throws: CoachError.emptyAgreement) {
      try community.addAgreement(
        kind: .finish, text: "  \n ", owners: [people[0]], madeIn: meetings[0].id)
    }
    #expect(throws: CoachError.agreementWithoutOwner) {
      try community.addAgreement(kind: .finish, text: "x", owners: [UUID()], madeIn: meetings[0].id)
    }
    let agreement = try community.addAgreement(
      kind: .finish, text: "x", owners: [people[0], people[0]], madeIn: meetings[0].id)
    #expect(agreement.owners == [people[0]])
    #expect(throws: CoachError.droppedWithoutReason) {
      try community.review(
        agreement: agreement.id, outcome: .dropped, in: meetings[1].id, on: try day("2026-10-13"))
    }
    try community.review(
      agreement: agreement.id, outcome: .done, in: meetings[1].id, on: try day("2026-10-13"))
    #expect(throws: CoachError.agreementAlreadyClosed(1)) {
      try community.review(
        agreement: agreement.id, outcome: .partly, in: meetings[2].id, on: try day("2026-11-10"))
    }
    let second = try community.addAgreement(
      kind: .discuss, text: "y", owners: [people[1]], madeIn: meetings[1].id,
      due: .day(try day("2026-10-30")))
    #expect(second.number == 2)
    #expect(community.dueDay(second) == (try day("2026-10-30")))
  }

  @Test func meetingsAreNumberedInDateOrderWhateverTheOrderOfPlanning() throws {
    var community = try makeCommunity("VLG", members: ["A"])
    let late = community.addMeeting(
      on: try day("2026-12-08"), at: TimeOfDay(text: "14:00"), language: .en)
    let early = community.addMeeting(on: try day("2026-10-06"), language: .en)
    let sameDayMorning = community.addMeeting(
      on: try day("2026-12-08"), at: TimeOfDay(text: "09:30"), language: .en)
    #expect(community.meetingNumber(early.id) == 1)
    #expect(community.meetingNumber(sameDayMorning.id) == 2)
    #expect(community.meetingNumber(late.id) == 3)
    #expect(community.meeting(number: 3)?.id == late.id)
    #expect(community.meeting(number: 4) == nil)
  }

  @Test func meetingsAndAgreementsSurviveTheStore() throws {
    try TemporaryDirectory.with { folder in
      var (community, meetings, people) = try community()
      community.setAttendance(.excused, of: people[1], at: meetings[0].id)
      community.setAttendance(.present, of: people[0], at: meetings[0].id)
      let agreement = try community.addAgreement(
        kind: .discuss, text: "Casus\nmet twee regels", owners: people, madeIn: meetings[0].id)
      try community.review(
        agreement: agreement.id, outcome: .partly, note: "half", in: meetings[1].id,
        on: try day("2026-10-13"))
      let store = try openStore(storeFolder(in: folder))
      try store.save(community)
      #expect(try store.community(community.id) == community)
    }
  }
}

@Suite("Carried over, as a meeting's screen shows it")
struct CarriedOverOnAMeetingScreenTests {
  @Test func aMeetingStillToComeHasCarriedNothingOverYet() throws {
    let now = Date(timeIntervalSince1970: 1_795_262_400)  // 21 Nov 2026
    let today = CalendarDay(now, in: TimeZone(identifier: "UTC") ?? .current)
    let community = try #require(
      DemoData.communities(today: today, now: now).first { $0.name == "VLG Handel Kempen" })
    let casus = try #require(community.agreements.first { $0.number == 2 })
    let second = try #require(community.meeting(number: 2))
    let third = try #require(community.meeting(number: 3))
    #expect(community.timesCarriedOver(casus, asOf: second.id, today: today) == 1)
    // Meeting 3 is on 8 Dec: as of 21 Nov it has not left the agreement open yet.
    #expect(community.timesCarriedOver(casus, asOf: third.id, today: today) == 1)
    #expect(community.timesCarriedOver(casus, asOf: third.id) == 2)
    let later = try #require(CalendarDay(year: 2026, month: 12, day: 9))
    #expect(community.timesCarriedOver(casus, asOf: third.id, today: later) == 2)
  }
}
