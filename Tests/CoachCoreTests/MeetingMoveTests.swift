import Foundation
import Testing

@testable import CoachCore

@Suite("Meetings run early and moved to another day")
struct MeetingMoveTests {
  /// Phase 4, two members; meetings on 15 Sep, 13 Oct, 8 Dec and 12 Jan.
  func community() throws -> (Community, [UUID], [UUID]) {
    var community = try makeCommunity(
      "VLG Handel", members: ["Zoë", "Jan"], phase: .discussAndDevelop)
    let meetings = try ["2026-09-15", "2026-10-13", "2026-12-08", "2027-01-12"].map {
      community.addMeeting(on: try day($0), at: TimeOfDay(hour: 14, minute: 0), language: .nl).id
    }
    return (community, meetings, community.members.map(\.id))
  }

  /// Starts the live meeting of `id`: its first agenda item runs.
  func run(_ id: UUID, in community: inout Community) throws {
    var meeting = try #require(community.meeting(withID: id))
    meeting.startLive(now: Fixture.now)
    community.updateMeeting(meeting)
  }

  @Test func aMeetingRunEarlyIsNeverTheNextOne() throws {
    var (community, meetings, _) = try community()
    let today = try day("2026-11-21")
    #expect(CommunitySummary(community).nextMeeting(today: today)?.day == (try day("2026-12-08")))
    // The meeting of 8 December was run today, without moving its date.
    try run(meetings[2], in: &community)
    #expect(community.meeting(withID: meetings[2])?.hasStarted == true)
    let summary = CommunitySummary(community)
    #expect(summary.nextMeeting(today: today)?.day == (try day("2027-01-12")))
    // Also on its own day, once it started.
    #expect(
      summary.nextMeeting(today: try day("2026-12-08"))?.day == (try day("2027-01-12")))
  }

  @Test func theIndexKeepsWhetherAMeetingStartedAndAnOldIndexStillOpens() throws {
    var (community, meetings, _) = try community()
    try run(meetings[2], in: &community)
    var index = IndexFormat.Index(version: StoreFiles.schemaVersion)
    index.entries = [IndexFormat.Entry(summary: CommunitySummary(community), fingerprint: nil)]
    let decoded = try #require(try indexEntries(IndexFormat.encode(index)).first)
    #expect(decoded.meetingDates.map(\.hasStarted) == [false, false, true, false])
    let old = """
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0"><dict>
      <key>id</key><string>6F9619FF-8B86-D011-B42D-00C04FC964FF</string>
      <key>name</key><string>VLG Oud</string><key>subject</key><string></string>
      <key>phase</key><integer>4</integer><key>memberCount</key><integer>3</integer>
      <key>schoolCount</key><integer>1</integer>
      <key>meetingDates</key><array>
      <dict><key>day</key><string>2026-12-08</string><key>time</key><string>14:00</string></dict>
      </array>
      </dict></plist>
      """
    let summary = try summaryFromIndexEntry(Data(old.utf8))
    #expect(summary.meetingDates.map(\.hasStarted) == [false])
    #expect(
      summary.nextMeeting(today: try day("2026-11-21"))?.time == TimeOfDay(hour: 14, minute: 0))
  }

  @Test func aMeetingHeldTodayInsteadMovesItsDateAndKeepsItsNumber() throws {
    var (community, meetings, people) = try community()
    let agreement = try community.addAgreement(
      kind: .finish, text: "Casus", owners: [people[0]], madeIn: meetings[1])
    try community.review(
      agreement: agreement.id, outcome: .partly, in: meetings[2], on: try day("2026-12-08"))
    let today = try day("2026-11-21")
    try community.moveMeeting(meetings[2], to: today)
    let moved = try #require(community.meeting(withID: meetings[2]))
    #expect(moved.day == today)
    #expect(moved.time == TimeOfDay(hour: 14, minute: 0))
    #expect(community.meetingNumber(meetings[2]) == 3)
    // The review recorded in it took place on its new day.
    #expect(community.agreement(number: 1)?.reviews.map(\.day) == [today])
    #expect(CommunitySummary(community).nextMeeting(today: today)?.day == today)
  }

  @Test func numbersFollowTheNewDateOrder() throws {
    var (community, meetings, _) = try community()
    try community.moveMeeting(meetings[3], to: try day("2026-10-01"))
    #expect(
      community.meetingsInOrder.map(\.id) == [meetings[0], meetings[3], meetings[1], meetings[2]])
    #expect(community.meetingNumber(meetings[3]) == 2)
    #expect(community.meeting(number: 4)?.id == meetings[2])
  }

  @Test func aMoveThatPutsAFollowUpBeforeItsOriginIsRefused() throws {
    var (community, meetings, people) = try community()
    let agreement = try community.addAgreement(
      kind: .finish, text: "Casus", owners: [people[0]], madeIn: meetings[0])
    try community.review(
      agreement: agreement.id, outcome: .partly, in: meetings[1], on: try day("2026-10-13"))
    let other = try community.addAgreement(
      kind: .provide, text: "Bundel", owners: [people[1]], madeIn: meetings[2])
    try community.review(agreement: other.id, outcome: .done, in: nil, on: try day("2026-12-20"))
    let before = community
    for (meeting, day) in [
      // The meeting it was made in, after the meeting that reviewed it.
      (meetings[0], try day("2026-10-20")),
      // The meeting that reviewed it, before the one it was made in.
      (meetings[1], try day("2026-09-01")),
      // Made on 8 Dec and closed between meetings on 20 Dec: not made on 24 Dec.
      (meetings[2], try day("2026-12-24")),
    ] {
      let number = try #require(community.meetingNumber(meeting))
      #expect(throws: CoachError.meetingMoveOutOfOrder(number, to: day)) {
        try community.moveMeeting(meeting, to: day)
      }
    }
    #expect(community == before)
    // Within its neighbours, the same meetings move freely.
    try community.moveMeeting(meetings[1], to: try day("2026-10-06"))
    try community.moveMeeting(meetings[2], to: try day("2026-12-01"))
    #expect(community.agreement(number: 1)?.reviews.map(\.day) == [try day("2026-10-06")])
  }
}
