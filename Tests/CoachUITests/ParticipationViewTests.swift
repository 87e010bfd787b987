import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The members tab's participation view and the member form's reason and internal coach.
@Suite("Participation on the members tab")
struct ParticipationViewTests {
  func commerceMembers(_ language: Language = .en, height: Int = 24) -> TestApp {
    var app = TestApp.demo(language: language, height: height)
    app.send(.down, .enter, .tab)
    return app
  }

  func commerce(_ app: TestApp) throws -> Community {
    try #require(app.stored(named: "VLG Handel Kempen"))
  }

  @Test func pShowsEachMembersRecordFromCoachCoresRules() throws {
    var app = commerceMembers(height: 40)
    app.send(.character("p"))
    let community = try commerce(app)
    let today = TestApp.today
    for member in community.activeMembers {
      let record = community.attendanceRecord(of: member.id, today: today)
      let marks = community.attendanceMarks(of: member.id, today: today, last: 8)
      let line = try #require(app.screen.first { $0.contains(member.name) })
      #expect(line.contains(ParticipationView.sparkline(marks)))
      #expect(line.contains(ParticipationView.percent(record.attendancePercent)))
    }
    #expect(app.screenText.contains("By school"))
    #expect(app.screenText.contains("█ present  ▆ late  – excused  ▁ absent"))
    app.send(.character("p"))
    #expect(app.screenText.contains("Taking part"), "p goes back to the list")
  }

  @Test func aMemberAbsentThreeMeetingsInARowIsWarnedOf() throws {
    var community = Community(
      name: "VLG Latijn", since: try #require(TestApp.today.adding(days: -120)),
      members: ["Ann", "Bert", "Chloé"].map { Member(name: $0) }, created: TestApp.now)
    let member = community.members[0]
    for weeks in [12, 8, 4] {
      let day = try #require(TestApp.today.adding(days: -7 * weeks))
      let meeting = community.addMeeting(on: day, language: .en)
      for other in community.members {
        community.setAttendance(
          other.id == member.id ? .absent : .present, of: other.id, at: meeting.id)
      }
    }
    var app = TestApp(communities: [community])
    app.send(.enter, .tab)
    #expect(app.screenText.contains("⚠"))
    app.send(.character("p"))
    #expect(app.screenText.contains("⚠ \(member.name) was absent 3 meetings in a row"))
  }

  @Test func theReasonAndTheInternalCoachAreSetInTheMemberForm() throws {
    var app = commerceMembers()
    app.send(.home)
    guard case .community(let screen) = app.state.route else { throw CancellationError() }
    let first = app.members(screen)[0]
    app.send(.character("e"))
    for _ in 0..<7 { app.send(.tab) }
    app.type("Fewer hours this year")
    app.send(.tab, .right)
    app.send(.control("s"))
    var community = try commerce(app)
    #expect(community.internalCoach == first.id)
    // Stopping them, with a reason, ends the role.
    app.send(.character("e"), .tab, .tab, .tab, .tab, .right, .right)
    for _ in 0..<3 { app.send(.tab) }
    app.type("Moved to another school")
    app.send(.control("s"))
    community = try commerce(app)
    let member = try #require(community.member(withID: first.id))
    #expect(member.participation == .stopped)
    #expect(member.participationReason == "Moved to another school")
    #expect(community.internalCoach == nil)
  }

  @Test(arguments: [Language.nl, .en]) func snapshot(_ language: Language) throws {
    var app = commerceMembers(language)
    app.send(.character("p"))
    assertSnapshot(app.frame.canvas, named: "members-participation-\(language.rawValue)-80x24")
  }
}
