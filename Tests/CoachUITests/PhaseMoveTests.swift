import CoachCore
import Testing

@testable import CoachUI

@Suite("Moving a community through the phases")
struct PhaseMoveTests {
  /// Opens “VLG Geschiedenis Antwerpen” (phase 2) on its overview.
  func historyCommunity(_ language: Language = .en) -> TestApp {
    var app = TestApp.demo(language: language)
    app.send(.enter)
    return app
  }

  @Test func movingForwardRecordsTheDayAndTheNote() throws {
    var app = historyCommunity()
    app.send(.down, .enter)  // phase 3 in the list, open its guide
    guard case .phase(let screen) = app.state.route else {
      Issue.record("The phase guide should be open")
      return
    }
    #expect(screen.phase == .chooseThemes)
    app.send(.enter)
    #expect(app.screenText.contains("Move from phase 2 to phase 3"))
    app.send(.enter)  // keep today's date
    app.type("Decided with the directors")
    app.send(.enter)  // last field: saves
    let community = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    #expect(community.phase == .chooseThemes)
    #expect(community.phaseHistory.last?.day == TestApp.today)
    // Moved despite the readiness signals: the history says so before the coach's reason.
    #expect(
      community.phaseHistory.last?.note
        == "Despite 2 signals (no commitment: Lotte Verhoeven, Karim Benali, Nathalie Dubois;"
        + " no meeting yet): Decided with the directors")
    guard case .community(let back) = app.state.route else {
      Issue.record("After the move the overview shows again")
      return
    }
    #expect(back.phaseSelection == .chooseThemes)
    #expect(app.screenText.contains("Despite 2 signals (no commitment"))
  }

  @Test func aTypedDateIsUsedAndABadOneExplained() throws {
    var app = historyCommunity()
    app.send(.character("3"), .enter, .enter, .control("u"))
    app.type("2026-02-30")
    app.send(.control("s"))
    #expect(app.screenText.contains("“2026-02-30” is not a valid date"))
    #expect(app.stored(named: "VLG Geschiedenis Antwerpen")?.phase == .motivateTeachers)
    app.send(.control("u"))
    app.type("2026-11-02")
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    #expect(community.phaseHistory.last?.day == CalendarDay(iso: "2026-11-02"))
  }

  @Test func aDateBeforeThePreviousMoveIsRefused() {
    var app = historyCommunity()
    app.send(.character("3"), .enter, .enter, .control("u"))
    app.type("2020-01-01")
    app.send(.control("s"))
    #expect(app.screenText.contains("before the previous phase change"))
    #expect(app.stored(named: "VLG Geschiedenis Antwerpen")?.phase == .motivateTeachers)
  }

  @Test func goingBackWarnsAndIsKeptInTheHistory() throws {
    var app = historyCommunity()
    app.send(.character("1"), .enter, .enter)
    #expect(app.screenText.contains("Going back to an earlier phase is kept in the history too."))
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    #expect(
      community.phaseHistory.map(\.phase) == [
        .engageSchoolLeaders, .motivateTeachers, .engageSchoolLeaders,
      ])
  }

  @Test func theCurrentPhaseCannotBeMovedTo() {
    var app = historyCommunity()
    app.send(.enter, .enter)  // guide of the current phase, then “move”
    #expect(app.state.overlays.isEmpty)
    #expect(app.screenText.contains("The community is in this phase already."))
  }

  @Test func leftAndRightBrowseThePhasesInTheGuide() {
    var app = historyCommunity()
    app.send(.enter, .right, .right)
    guard case .phase(let screen) = app.state.route else {
      Issue.record("The guide should be open")
      return
    }
    #expect(screen.phase == .discussAndDevelop)
    #expect(app.screenText.contains("Phase 4 of 5"))
    app.send(.right, .right)
    #expect(app.screenText.contains("Phase 5 of 5"))
  }

  @Test func scrollingStopsAtTheEndOfTheGuide() throws {
    var app = historyCommunity()
    app.send(.enter)
    for _ in 0..<200 { app.send(.down) }
    guard case .phase(let screen) = app.state.route else {
      Issue.record("The phase guide should be open")
      return
    }
    let context = try #require(ContextSource(app.state).community(screen.communityID))
    let maxScroll = PhaseView.maxScroll(screen, context)
    #expect(maxScroll > 0)
    #expect(screen.scroll == maxScroll)
    app.send(.up)
    guard case .phase(let after) = app.state.route else {
      Issue.record("The phase guide should still be open")
      return
    }
    #expect(after.scroll == maxScroll - 1)
    app.send(.end)
    guard case .phase(let atEnd) = app.state.route else {
      Issue.record("The phase guide should still be open")
      return
    }
    #expect(atEnd.scroll == maxScroll)
  }
}
