import Foundation
import Testing

@testable import CoachCore

/// The readiness check: what in the data speaks against moving on. It advises only.
@Suite("Readiness to move on")
struct ReadinessTests {
  /// Four teachers in phase 2, committed, a meeting two weeks ago everyone attended.
  func ready(_ today: CalendarDay) throws -> Community {
    var community = try makeCommunity(
      "VLG Bio", members: ["Ann", "Bert", "Chloé", "Dirk"], phase: .motivateTeachers)
    for index in community.members.indices {
      community.members[index].committedOn = try day("2026-09-01")
    }
    let meeting = community.addMeeting(
      on: try #require(today.adding(days: -14)), language: .nl)
    for member in community.members {
      community.setAttendance(.present, of: member.id, at: meeting.id)
    }
    return community
  }

  @Test func nothingSpeaksAgainstAGroupThatIsReady() throws {
    let today = try day("2026-12-01")
    let community = try ready(today)
    #expect(community.readinessSignals(movingTo: .chooseThemes, today: today) == [])
    #expect(community.readinessSignals(movingTo: .engageSchoolLeaders, today: today) == [])
  }

  @Test func eachSignalFromItsOwnData() throws {
    let today = try day("2026-12-01")
    var community = try ready(today)
    community.members[1].committedOn = nil
    let ids = community.members.map(\.id)
    // Two of four absent at the last meeting: 50 %.
    let meeting = try #require(community.meetings.first)
    community.setAttendance(.absent, of: ids[2], at: meeting.id)
    community.setAttendance(.absent, of: ids[3], at: meeting.id)
    try community.addTheme(title: "Practica", members: Array(ids.prefix(3)))
    let signals = community.readinessSignals(movingTo: .discussAndDevelop, today: today)
    #expect(signals.contains(.withoutCommitment(["Bert"])))
    #expect(signals.contains(.themeSize(title: "Practica", teachers: 3)))
    #expect(signals.contains(.lowAttendance(percent: 50)))
    #expect(!signals.contains(.noThemes))
    // Excused does not count against attendance.
    community.setAttendance(.excused, of: ids[2], at: meeting.id)
    community.setAttendance(.excused, of: ids[3], at: meeting.id)
    #expect(
      !community.readinessSignals(movingTo: .discussAndDevelop, today: today).contains {
        if case .lowAttendance = $0 { true } else { false }
      })
  }

  @Test func noMeetingForSixWeeksAndNoThemesAreSaid() throws {
    let today = try day("2026-12-01")
    let community = try ready(today)
    let later = try #require(today.adding(days: 30))
    let signals = community.readinessSignals(movingTo: .discussAndDevelop, today: later)
    #expect(signals.contains(.noThemes))
    let last = try #require(today.adding(days: -14))
    #expect(signals.contains(.noRecentMeeting(last: last)))
    #expect(signals.first?.message(.nl).isEmpty == false)
  }

  @Test func anAgreementCarriedOverTwiceIsNamed() throws {
    let today = try day("2026-12-01")
    var community = try makeCommunity("VLG Bio", members: ["Ann"], phase: .chooseThemes)
    let ann = community.members[0].id
    var meetings: [UUID] = []
    for days in [70, 42, 14] {
      let meeting = community.addMeeting(
        on: try #require(today.adding(days: -days)), language: .nl)
      community.setAttendance(.present, of: ann, at: meeting.id)
      meetings.append(meeting.id)
    }
    let agreement = try community.addAgreement(
      kind: .finish, text: "Toets nakijken", owners: [ann], madeIn: meetings[0])
    let signals = community.readinessSignals(movingTo: .discussAndDevelop, today: today)
    #expect(signals.contains(.carriedOverTwice([agreement.number])))
  }
}
