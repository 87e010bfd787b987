import Foundation
import Testing

@testable import CoachCore

@Suite("The next meeting, proposed by the monthly rule")
struct MeetingProposalTests {
  @Test func fourWeeksAfterTheLastMeetingAtItsTimeAndPlace() throws {
    var community = try makeCommunity("VLG", members: ["An"], phase: .discussAndDevelop)
    community.addMeeting(
      on: try day("2026-10-13"), at: TimeOfDay(hour: 9, minute: 30), place: "KA Geel",
      language: .nl)
    // The last meeting in date order, whatever the order of planning.
    let last = community.addMeeting(
      on: try day("2026-11-10"), at: TimeOfDay(hour: 14, minute: 0), place: "Campus Zuid",
      language: .nl)
    community.addMeeting(on: try day("2026-09-15"), language: .nl)
    let proposal = community.proposedNextMeeting(today: try day("2026-11-21"))
    #expect(
      proposal
        == MeetingProposal(
          day: try day("2026-12-08"), time: TimeOfDay(hour: 14, minute: 0), place: "Campus Zuid",
          basis: .fourWeeksAfter(last.id)))
    #expect(proposal.day.weekday == last.day.weekday)
    // Four weeks later is today itself: still that day.
    #expect(community.proposedNextMeeting(today: try day("2026-12-08")).day == proposal.day)
  }

  @Test func afterAPauseTheSameWeekdayFromTodayOn() throws {
    var community = try makeCommunity("VLG", members: ["An"], phase: .discussAndDevelop)
    // Tuesday 10 November 2026, at 14:00 in Geel.
    let last = community.addMeeting(
      on: try day("2026-11-10"), at: TimeOfDay(hour: 14, minute: 0), place: "Geel", language: .nl)
    for (today, expected) in [
      ("2027-02-01", "2027-02-02"),  // a Monday: tomorrow
      ("2027-02-02", "2027-02-02"),  // a Tuesday: today
      ("2027-02-03", "2027-02-09"),  // a Wednesday: next week
    ] {
      let proposal = community.proposedNextMeeting(today: try day(today))
      #expect(proposal.day == (try day(expected)), "today \(today)")
      #expect(proposal.basis == .sameWeekdayFromToday(after: last.id))
      #expect(proposal.time == TimeOfDay(hour: 14, minute: 0))
      #expect(proposal.place == "Geel")
    }
  }

  @Test func withoutAMeetingFourWeeksFromTodayWithNoTimeOrPlace() throws {
    let community = try makeCommunity("VLG", members: ["An"])
    #expect(
      community.proposedNextMeeting(today: try day("2026-12-20"))
        == MeetingProposal(day: try day("2027-01-17"), basis: .fourWeeksFromToday))
  }

  @Test func daysAreCountedOnTheGregorianCalendar() throws {
    #expect(try day("1970-01-01").daysSince1970 == 0)
    #expect(try day("1970-01-01").weekday == 4)  // a Thursday
    #expect(try day("2026-12-08").weekday == 2)  // a Tuesday
    #expect(try day("2026-12-06").weekday == 7)  // a Sunday
    #expect(try day("2028-02-15").adding(days: 28) == (try day("2028-03-14")))
    #expect(try day("2026-12-20").adding(days: 28) == (try day("2027-01-17")))
    #expect(try day("1969-12-31").adding(days: 1) == (try day("1970-01-01")))
    #expect(try day("9999-12-31").adding(days: 1) == nil)
    #expect(CalendarDay(daysSince1970: -1) == (try day("1969-12-31")))
  }
}
