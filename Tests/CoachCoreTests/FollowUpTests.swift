import Foundation
import Testing

@testable import CoachCore

@Suite("Follow-up items and the summary in the index")
struct FollowUpModelTests {
  @Test func theDemoHasOverdueAndUpcomingAgreementsInOrder() throws {
    let today = try day("2026-11-21")
    let communities = DemoData.communities(today: today, now: Fixture.now)
    let items = FollowUp.items(in: communities, today: today)
    #expect(items.map(\.number) == [2, 3, 4])
    #expect(items.map(\.isOverdue) == [true, true, false])
    #expect(items.last?.dueMeetingNumber == 3)
    let all = FollowUp.items(in: communities, today: today, includeClosed: true)
    #expect(all.count == 4)
    let owners = FollowUp.byOwner(items).map(\.owner)
    #expect(owners == ["Ahmed El Amrani", "Els Peeters", "Jan de Vries", "Marie Claes"])
    let due = FollowUp.byDue(items)
    #expect(due.map(\.items.count) == [2, 1])
  }

  @Test func theSummaryKnowsTheNextMeetingAndWhatIsOverdue() throws {
    let today = try day("2026-11-21")
    let commerce = try #require(DemoData.communities(today: today, now: Fixture.now).first)
    let summary = CommunitySummary(commerce)
    #expect(summary.nextMeeting(today: today)?.day == (try day("2026-12-08")))
    #expect(summary.openAgreements == 3)
    #expect(summary.overdueAgreements(today: today) == 2)
    #expect(summary.overdueAgreements(today: try day("2026-12-09")) == 3)
  }

  @Test func anIndexWrittenBeforeMeetingsExistedStillOpens() throws {
    let old = """
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0"><dict>
      <key>id</key><string>6F9619FF-8B86-D011-B42D-00C04FC964FF</string>
      <key>name</key><string>VLG Oud</string><key>subject</key><string></string>
      <key>phase</key><integer>2</integer><key>memberCount</key><integer>3</integer>
      <key>schoolCount</key><integer>1</integer>
      </dict></plist>
      """
    let summary = try summaryFromIndexEntry(Data(old.utf8))
    #expect(summary.name == "VLG Oud")
    #expect(summary.meetingDates.isEmpty)
    #expect(summary.openAgreements == 0)
  }
}
