import Foundation
import Testing

@testable import CoachCore

@Suite("The live meeting: the timer per item, notes, decisions, attendance")
struct MeetingLiveTests {
  static let start = Fixture.now

  /// A meeting of three items: 5, 15 and 30 minutes planned.
  func meeting() throws -> Meeting {
    Meeting(
      day: try day("2026-05-28"), phase: .discussAndDevelop,
      agenda: [
        AgendaItem(title: "Opening", plannedMinutes: 5),
        AgendaItem(title: "Terugblik", plannedMinutes: 15),
        AgendaItem(title: "Casus", plannedMinutes: 30),
      ])
  }

  func at(_ minutes: Double) -> Date { Self.start.addingTimeInterval(minutes * 60) }

  @Test func startingTheLiveModeStartsTheFirstItemThatDidNotEnd() throws {
    var meeting = try meeting()
    #expect(meeting.liveItemIndex == 0)
    let entered = meeting.startLive(now: at(0))
    #expect(entered == 0)
    #expect(meeting.agenda[0].startedAt == at(0))
    #expect(meeting.agenda[0].isRunning)
    // Entering again changes nothing: the running item keeps its start.
    let enteredAgain = meeting.startLive(now: at(3))
    #expect(enteredAgain == 0)
    #expect(meeting.agenda[0].startedAt == at(0))
    #expect(meeting.secondsElapsed(now: at(4)) == 4 * 60)
  }

  @Test func nextEndsTheCurrentItemAndStartsTheNextAtTheSameInstant() throws {
    var meeting = try meeting()
    meeting.startLive(now: at(0))
    let moved = meeting.moveLive(to: 1, now: at(7))
    #expect(moved == 1)
    #expect(meeting.agenda[0].endedAt == at(7))
    #expect(meeting.agenda[0].minutesSpent(now: at(60)) == 7)
    #expect(meeting.agenda[1].startedAt == at(7))
    #expect(meeting.liveItemIndex == 1)
    // The overrun of the first item stays; the total counts both items.
    #expect(meeting.secondsElapsed(now: at(10)) == 10 * 60)
    #expect(meeting.plannedMinutes == 50)
  }

  @Test func goingBackResumesThePreviousItemWhereItsTimerStopped() throws {
    var meeting = try meeting()
    meeting.startLive(now: at(0))
    meeting.moveLive(to: 1, now: at(5))
    let back = meeting.moveLive(to: 0, now: at(8))
    #expect(back == 0)
    // Item 2 ran 3 minutes and keeps them; item 1 carries on from its 5 minutes.
    #expect(meeting.agenda[1].minutesSpent(now: at(60)) == 3)
    #expect(meeting.agenda[1].isDone)
    #expect(meeting.agenda[0].isRunning)
    #expect(meeting.agenda[0].minutesSpent(now: at(10)) == 7)
    #expect(meeting.liveItemIndex == 0)
    // Forward again: item 2 resumes from its 3 minutes, nothing is counted twice.
    meeting.moveLive(to: 1, now: at(10))
    #expect(meeting.agenda[0].minutesSpent(now: at(60)) == 7)
    #expect(meeting.agenda[1].minutesSpent(now: at(12)) == 5)
    #expect(meeting.secondsElapsed(now: at(12)) == 12 * 60)
  }

  @Test func pastTheLastItemTheAgendaIsDoneAndTheClockStops() throws {
    var meeting = try meeting()
    meeting.startLive(now: at(0))
    meeting.moveLive(to: 1, now: at(5))
    meeting.moveLive(to: 2, now: at(20))
    let past = meeting.moveLive(to: 3, now: at(50))
    #expect(past == 3)
    #expect(meeting.liveItemIndex == 3)
    #expect(meeting.agenda.allSatisfy { $0.isDone })
    #expect(meeting.secondsElapsed(now: at(90)) == 50 * 60)
    // Out of range is kept in range; entering a finished meeting starts nothing.
    let clamped = meeting.moveLive(to: 9, now: at(91))
    #expect(clamped == 3)
    let reentered = meeting.startLive(now: at(92))
    #expect(reentered == 3)
    #expect(meeting.agenda.allSatisfy { $0.isDone })
  }

  @Test func notesAreAppendedAsLinesAndDecisionsToTheList() throws {
    var meeting = try meeting()
    let first = meeting.addNote("  Ahmed toont zijn casus ", toItem: 2)
    #expect(first)
    let second = meeting.addNote("Discussie over criteria", toItem: 2)
    #expect(second)
    let blank = meeting.addNote("   ", toItem: 2)
    #expect(!blank)
    let missing = meeting.addNote("no such item", toItem: 7)
    #expect(!missing)
    #expect(meeting.agenda[2].notes == "Ahmed toont zijn casus\nDiscussie over criteria")
    let decided = meeting.addDecision("Criteria uitwerken in deelgroep", toItem: 2)
    #expect(decided)
    let emptyDecision = meeting.addDecision("", toItem: 2)
    #expect(!emptyDecision)
    #expect(meeting.agenda[2].decisions == ["Criteria uitwerken in deelgroep"])
  }

  @Test func attendanceCyclesThroughEveryStateAndBack() {
    var attendance: Attendance? = nil
    var seen: [Attendance?] = []
    for _ in 0..<5 {
      attendance = Attendance.next(after: attendance)
      seen.append(attendance)
    }
    #expect(seen == [.present, .late, .absent, .excused, nil])
  }

  @Test func theAttendanceListHasActiveMembersAndAnyoneRecorded() throws {
    var community = try makeCommunity("VLG", members: ["Zoë", "Jan", "Els"])
    let meeting = community.addMeeting(on: try day("2026-02-01"), language: .nl)
    let els = try #require(community.members.last)
    community.setAttendance(.excused, of: els.id, at: meeting.id)
    try community.updateMember(
      id: els.id,
      with: MemberDraft(
        name: "Els", participation: .stopped, participationSince: try day("2026-03-01")),
      today: try day("2026-03-02"))
    let later = community.addMeeting(on: try day("2026-04-01"), language: .nl)
    let names = { (id: UUID) in
      community.attendanceList(for: try #require(community.meeting(withID: id))).map(\.name)
    }
    // By name, the one order of every attendance list.
    #expect(try names(meeting.id) == ["Els", "Jan", "Zoë"])
    #expect(try names(later.id) == ["Jan", "Zoë"])
  }
}
