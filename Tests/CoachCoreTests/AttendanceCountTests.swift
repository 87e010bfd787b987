import Foundation
import Testing

@testable import CoachCore

@Suite("Attendance counted once for every screen")
struct AttendanceCountTests {
  @Test func presentAndLateCountOfTheActiveMembersAndAnyoneRecorded() throws {
    var community = try makeCommunity("VLG", members: ["Zoë", "Jan", "Els", "Bram"])
    let meeting = community.addMeeting(on: try day("2026-10-13"), language: .nl)
    let ids = community.members.map(\.id)
    community.setAttendance(.present, of: ids[0], at: meeting.id)
    community.setAttendance(.late, of: ids[1], at: meeting.id)
    community.setAttendance(.excused, of: ids[2], at: meeting.id)
    // Bram stops later; he was there, so he stays on this meeting's list.
    community.setAttendance(.present, of: ids[3], at: meeting.id)
    try community.updateMember(
      id: ids[3], with: MemberDraft(name: "Bram", participation: .stopped),
      today: try day("2026-11-01"))
    let held = try #require(community.meeting(withID: meeting.id))
    #expect(community.attendanceCount(for: held) == (attended: 3, of: 4))
    // A new active member not recorded yet counts in “of” of the meetings from the day they
    // joined on; one who joined later was not a member then.
    try community.addMember(MemberDraft(name: "Ann"), today: try day("2026-11-02"))
    #expect(community.attendanceCount(for: held) == (attended: 3, of: 4))
    try community.addMember(
      MemberDraft(name: "Eva", joinedOn: try day("2026-10-13")), today: try day("2026-11-02"))
    #expect(community.attendanceCount(for: held) == (attended: 3, of: 5))
  }

  /// A member recorded before the store kept the day members join (version 12) has no such
  /// day: they count on every meeting's list, as they always did.
  @Test func aMemberOfUnknownJoiningDayIsOnEveryList() throws {
    var community = try makeCommunity("VLG", members: ["Zoë"])
    let meeting = community.addMeeting(on: try day("2026-09-08"), language: .nl)
    community.members.append(Member(name: "Jan"))
    #expect(community.attendanceList(for: meeting).map(\.name) == ["Jan", "Zoë"])
    // Recorded at a meeting before the day they joined: they were there, so they count.
    try community.addMember(MemberDraft(name: "Ann"), today: try day("2026-11-02"))
    let ann = try #require(community.members.last?.id)
    #expect(community.attendanceList(for: meeting).map(\.name) == ["Jan", "Zoë"])
    community.setAttendance(.present, of: ann, at: meeting.id)
    let held = try #require(community.meeting(withID: meeting.id))
    #expect(community.attendanceList(for: held).map(\.name) == ["Ann", "Jan", "Zoë"])
  }

  @Test func someoneWhoStoppedAfterAMeetingStaysOnItsListEvenUnrecorded() throws {
    var community = try makeCommunity("VLG", members: ["Zoë", "Jan"])
    let october = community.addMeeting(on: try day("2026-10-13"), language: .nl)
    let december = community.addMeeting(on: try day("2026-12-08"), language: .nl)
    let jan = community.members[1]
    try community.updateMember(
      id: jan.id,
      with: MemberDraft(
        name: "Jan", participation: .stopped, participationSince: try day("2026-11-01")),
      today: try day("2026-11-01"))
    #expect(community.attendanceList(for: october).map(\.name) == ["Jan", "Zoë"])
    #expect(community.attendanceList(for: december).map(\.name) == ["Zoë"])
  }
}
