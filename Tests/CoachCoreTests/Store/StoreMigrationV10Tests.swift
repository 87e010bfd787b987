import Foundation
import Testing

@testable import CoachCore

/// A store written by version 10 (`Fixtures/v10-handel-brugge`, made with that version's
/// command line): its index, with an element per date, still reads; the next index written
/// keeps the dates as one line each (version 11).
extension StoreMigrationTests {
  @Test func theIndexOfVersionTenReadsAsTheCommunityItSummarises() throws {
    let folder = Self.fixtures.appendingPathComponent("v10-handel-brugge")
    let data = try Data(contentsOf: folder.appendingPathComponent("store.plist"))
    guard case .index(let index) = IndexFormat.decode(data) else {
      Issue.record("the version 10 index does not read")
      return
    }
    #expect(index.version == 10)
    let entry = try #require(index.entries.first)
    let file = folder.appendingPathComponent("communities/\(entry.summary.id.uuidString).plist")
    guard
      case .community(let community, _, _, _) = CommunityFileFormat.decode(
        try Data(contentsOf: file), fileID: entry.summary.id)
    else {
      Issue.record("the version 10 community does not read")
      return
    }
    #expect(entry.summary == CommunitySummary(community))
    #expect(
      entry.summary.meetingDates.map(\.day.iso) == ["2026-10-07", "2026-11-04", "2027-01-13"])
    #expect(entry.summary.meetingDates.first?.time == TimeOfDay(hour: 19, minute: 0))
    #expect(entry.summary.openAgreementDueDays.map(\.iso) == ["2026-11-04", "2027-01-13"])
    #expect(entry.summary.openAgreementsWithoutDay == 0)
  }

  @Test func aStoreOfVersionTenOpensAndWritesItsIndexInOneLinePerList() throws {
    try TemporaryDirectory.with { temp in
      let folder = try copyOfFixture("v10-handel-brugge", in: temp)
      let store = try openStore(folder)
      #expect(store.access == .readWrite)
      #expect(store.problems == [])
      let summary = try #require(store.summaries.first)
      #expect(summary.name == "VLG Handel Brugge")
      try store.save(try store.community(summary.id))
      let index = String(
        decoding: try Data(contentsOf: folder.appendingPathComponent("store.plist")),
        as: UTF8.self)
      #expect(index.contains("<string>2026-10-07T19:00 2026-11-04T19:00 2027-01-13</string>"))
      #expect(!index.contains("meetingDates"))
      #expect(try openStore(folder).summaries == [summary])
    }
  }
}

@Suite("The index's dates in one line")
struct CompactDatesTests {
  @Test func meetingsAndDueDaysComeBackAsTheyWere() throws {
    let a = try #require(CalendarDay(year: 2026, month: 10, day: 7))
    let b = try #require(CalendarDay(year: 2026, month: 11, day: 4))
    let meetings = [
      CommunitySummary.MeetingDate(day: a, time: TimeOfDay(hour: 19, minute: 0)),
      CommunitySummary.MeetingDate(day: b, hasStarted: true),
      CommunitySummary.MeetingDate(day: b, time: TimeOfDay(hour: 9, minute: 5), hasStarted: true),
    ]
    let line = CompactDates.line(meetings)
    #expect(line == "2026-10-07T19:00 2026-11-04! 2026-11-04T09:05!")
    #expect(CompactDates.meetings(line) == meetings)
    let due = [b, a, b, b]
    #expect(CompactDates.line(due) == "2026-10-07 2026-11-04*3")
    #expect(CompactDates.dueDays(CompactDates.line(due)) == [a, b, b, b])
    #expect(CompactDates.line([CalendarDay]()) == "" && CompactDates.dueDays("") == [])
  }

  /// A damaged line loses the tokens that do not read, never the index, never the memory.
  @Test func tokensThatDoNotReadAreSkipped() {
    #expect(
      CompactDates.meetings("2026-13-01 x 2026-10-07T25:00 2026-10-07T!! 2026-10-07").count == 1)
    #expect(CompactDates.dueDays("2026-10-07*-4 2026-10-07*abc 2026-10-07*2").count == 2)
    // A form the quick reading does not take (a one-digit hour) still reads, as a whole line.
    let odd = CompactDates.meetings("2026-10-07T19:00  2026-10-08T9:30!")
    #expect(odd.map { $0.time?.hour } == [19, 9] && odd.map(\.hasStarted) == [false, true])
    #expect(CompactDates.dueDays("2026-10-07*99999999999").count == CompactDates.countLimit)
  }
}

/// A store written by version 11 (`Fixtures/v11-geschiedenis-gent`, made with that
/// version's command line: three members, two meetings of autumn 2026 with attendance):
/// its members have no day they joined, so they stay on every meeting's list as before;
/// a member added now joins today and is on no older list.
extension StoreMigrationTests {
  @Test func aStoreOfVersionElevenKeepsItsAttendanceCountsAndLearnsWhenMembersJoin() throws {
    try TemporaryDirectory.with { temp in
      let folder = try copyOfFixture("v11-geschiedenis-gent", in: temp)
      let store = try openStore(folder)
      #expect(store.access == .readWrite)
      #expect(store.problems == [])
      let summary = try #require(store.summaries.first)
      var community = try store.community(summary.id)
      #expect(community.members.count == 3)
      #expect(community.members.allSatisfy { $0.joinedOn == nil })
      let counts = community.timeline.ordered.map { community.attendanceCount(for: $0) }
      #expect(counts.map(\.attended) == [2, 1])
      #expect(counts.map(\.of) == [3, 3])

      try community.addMember(MemberDraft(name: "Ines Wauters"), today: try day("2026-12-07"))
      try store.save(community)
      let file = folder.appendingPathComponent("communities/\(summary.id.uuidString).plist")
      let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      #expect(text.contains("<key>schemaVersion</key>\n\t<integer>12</integer>"))
      #expect(text.contains("<key>joinedOn</key>\n\t\t\t\t<string>2026-12-07</string>"))
      let reread = try openStore(folder).community(summary.id)
      #expect(reread.timeline.ordered.map { reread.attendanceCount(for: $0).of } == [3, 3])
    }
  }
}
