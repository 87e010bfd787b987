import Foundation
import Testing

@testable import CoachCore

/// Taking part, on crafted histories: excused apart from absent, a member who stopped, the
/// last N meetings, three absences in a row, agreements owned, done and carried over.
@Suite("Participation")
struct ParticipationTests {
  /// Ann, Bram (stopped on 2026-11-20) and Cato, of two schools; five meetings from
  /// 2026-09-01, four weeks apart; the fifth (2026-12-22) still to come.
  static func history() throws -> (Community, ann: UUID, bram: UUID, cato: UUID) {
    var community = try makeCommunity("VLG Handel")
    try community.addMember(
      MemberDraft(name: "Ann", school: "KA Geel"), today: try day("2026-09-01"))
    try community.addMember(
      MemberDraft(name: "Bram", school: "KA Geel"), today: try day("2026-09-01"))
    try community.addMember(
      MemberDraft(name: "Cato", school: "Sint-Jan"), today: try day("2026-09-01"))
    let (ann, bram, cato) = (
      community.members[0].id, community.members[1].id, community.members[2].id
    )
    let days = ["2026-09-01", "2026-09-29", "2026-10-27", "2026-11-24", "2026-12-22"]
    let meetings = try days.map { community.addMeeting(on: try day($0), language: .nl).id }
    let marks: [[UUID: Attendance]] = [
      [ann: .present, bram: .absent, cato: .present],
      [ann: .late, bram: .absent, cato: .excused],
      [ann: .excused, bram: .absent, cato: .absent],
      // Bram stopped on 20 November: he is not on this list any more.
      [ann: .present, cato: .absent],
      [:],
    ]
    for (meeting, marks) in zip(meetings, marks) {
      for (member, mark) in marks { community.setAttendance(mark, of: member, at: meeting) }
    }
    var stopped = MemberDraft(try #require(community.member(withID: bram)))
    stopped.participation = .stopped
    stopped.participationSince = try day("2026-11-20")
    try community.updateMember(id: bram, with: stopped, today: try day("2026-11-20"))
    let done = try community.addAgreement(
      kind: .finish, text: "Rubric", owners: [ann], madeIn: meetings[0], due: .nextMeeting)
    try community.review(
      agreement: done.id, outcome: .done, in: meetings[1], on: try day("2026-09-29"))
    _ = try community.addAgreement(
      kind: .discuss, text: "Toets", owners: [ann, cato], madeIn: meetings[1], due: .nextMeeting)
    return (community, ann, bram, cato)
  }

  static let today = CalendarDay(year: 2026, month: 12, day: 1) ?? CalendarDay(Date(), in: .current)

  @Test func excusedIsNotAbsentAndLateIsThere() throws {
    let (community, ann, _, cato) = try Self.history()
    let annRecord = community.attendanceRecord(of: ann, today: Self.today)
    #expect(annRecord.expected == 4)
    #expect(annRecord.attended == 3 && annRecord.late == 1 && annRecord.excused == 1)
    #expect(annRecord.attendancePercent == 100, "an excused meeting does not count against her")
    let catoRecord = community.attendanceRecord(of: cato, today: Self.today)
    #expect(catoRecord.absent == 2 && catoRecord.excused == 1 && catoRecord.attended == 1)
    #expect(catoRecord.attendancePercent == 33)
  }

  @Test func aMemberWhoStoppedCountsOnlyForTheMeetingsBeforeAndAMeetingToComeNotAtAll() throws {
    let (community, _, bram, _) = try Self.history()
    let record = community.attendanceRecord(of: bram, today: Self.today)
    #expect(record.expected == 3)
    #expect(record.absent == 3)
    #expect(community.countedMeetings(today: Self.today).count == 4)
    #expect(community.membersAbsentThreeInARow(today: Self.today).isEmpty, "he stopped")
    #expect(community.absenceStreak(of: bram, today: Self.today) == 3)
  }

  @Test func theLastMeetingsOnlyAndTheRowOfAbsences() throws {
    let (community, ann, _, cato) = try Self.history()
    let lastTwo = community.attendanceRecord(of: cato, today: Self.today, last: 2)
    #expect(lastTwo.expected == 2 && lastTwo.absent == 2)
    #expect(community.absenceStreak(of: cato, today: Self.today) == 2, "the excuse breaks the row")
    #expect(community.absenceStreak(of: ann, today: Self.today) == 0)
  }

  @Test func threeAbsencesInARowAreWorthAWord() throws {
    var (community, _, _, cato) = try Self.history()
    let fifth = try #require(community.meeting(number: 5))
    community.setAttendance(.absent, of: cato, at: fifth.id)
    let later = try day("2026-12-22")
    #expect(community.membersAbsentThreeInARow(today: later).map(\.id) == [cato])
  }

  @Test func agreementsOwnedDoneAndCarriedOverPerMemberAndPerSchool() throws {
    let (community, ann, _, cato) = try Self.history()
    let annRecord = community.attendanceRecord(of: ann, today: Self.today)
    #expect(annRecord.agreementsOwned == 2 && annRecord.agreementsDone == 1)
    #expect(annRecord.agreementsCarriedOver == 1, "the open one went into meetings 3 and 4")
    #expect(community.attendanceRecord(of: cato, today: Self.today).agreementsOwned == 1)
    let schools = community.attendanceBySchool(today: Self.today)
    #expect(schools.map(\.school) == ["KA Geel", "Sint-Jan"])
    #expect(schools[0].record.expected == 7)
    #expect(schools[0].record.absent == 3)
    #expect(schools[1].record.agreementsOwned == 1)
  }
}
