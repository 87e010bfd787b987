import CoachCore
import Testing

@testable import CoachUI

@Suite("Follow-up: open agreements before the next meeting")
struct FollowUpTests {
  func followUp(_ app: TestApp) -> FollowUpScreen? {
    if case .followUp(let screen) = app.state.route { return screen }
    return nil
  }

  @Test func fOnHomeReadsEveryCommunityAndListsTheOpenAgreementsOverdueFirst() throws {
    var app = TestApp.demo()
    app.send(.character("f"))
    #expect(app.effects.contains(.loadAll(then: .followUp)))
    let screen = try #require(followUp(app))
    #expect(screen.communityID == nil)
    let items = screen.openAgreements(app.allCommunities)
    #expect(
      items.map(\.agreement.text) == [
        "Casus van Ahmed vooraf lezen", "Oefenbundel voorzien",
        "Evaluatiecriteria uitwerken in deelgroep",
      ])
    #expect(items.map(\.isOverdue) == [true, true, false])
    #expect(items.first?.timesCarriedOver == 1)
    #expect(app.screenText.contains("To follow up before the next meeting"))
    #expect(app.screenText.contains("overdue"))
  }

  @Test func groupingByPersonOrByMeeting() throws {
    var app = TestApp.demo()
    app.send(.character("f"))
    let byOwner = try #require(followUp(app)).rows(app.allCommunities)
    let owners = byOwner.compactMap { if case .heading(let name) = $0 { name } else { nil } }
    #expect(owners == ["Ahmed El Amrani", "Els Peeters", "Jan de Vries", "Marie Claes"])
    app.send(.tab)
    let screen = try #require(followUp(app))
    #expect(screen.grouping == .byMeeting)
    let headings = screen.rows(app.allCommunities).compactMap {
      if case .heading(let text) = $0 { text } else { nil }
    }
    #expect(headings == ["by meeting 2, Tue 13 Oct 2026", "by meeting 3, Tue 8 Dec 2026"])
    // Grouped by the day each is due (a meeting's day, or a day of its own): named so.
    #expect(app.screen[0].hasSuffix("by due date"))
  }

  @Test func fInACommunityShowsOnlyItsAgreements() throws {
    var app = TestApp.demo()
    app.send(.enter, .character("f"))  // the history community has no agreements
    #expect(followUp(app)?.communityID != nil)
    #expect(app.screenText.contains("No open agreements: everything is followed up."))
    app.send(.escape)
    guard case .community = app.state.route else {
      Issue.record("Esc goes back to the community")
      return
    }
  }

  /// Closing the last row's agreement takes each of its owners' rows with it: the selection
  /// lands on a row that exists, so ▸ shows and ⏎ acts on it.
  @Test func theSelectionStaysOnARowWhenTheListGetsShorter() throws {
    var app = TestApp.demo()
    app.send(.character("f"), .end, .enter, .control("s"))
    #expect(app.state.overlays.isEmpty)
    let screen = try #require(followUp(app))
    let rows = screen.items(app.allCommunities)
    #expect(screen.selectedIndex(app.allCommunities) == rows.count - 1)
    #expect(app.screen.contains { $0.hasPrefix(" ▸ ") })
    app.send(.enter)
    #expect(app.openForm != nil)
  }

  /// `f` works on every screen of a community that is not the projector: the meeting screen
  /// and the phase guide too, and Esc comes back.
  @Test func fOnTheMeetingScreenAndThePhaseGuide() throws {
    var app = TestApp.meeting(3)
    app.send(.character("f"))
    #expect(followUp(app)?.communityID == app.commerce?.id)
    #expect(app.screenText.contains("To follow up · VLG Handel Kempen"))
    app.send(.escape)
    #expect(app.meetingScreen != nil)
    app.send(.escape, .backTab, .backTab, .enter, .character("f"))
    guard case .phase = app.state.routes.dropLast().last else {
      Issue.record("f opens from the phase guide")
      return
    }
    #expect(followUp(app)?.communityID == app.commerce?.id)
  }

  @Test func theHomeScreenSaysWhatComesNextAndWhatIsOpen() {
    let app = TestApp.demo()
    #expect(app.screenText.contains("next: Tue 8 Dec 14:00 · 3 agreements open, 2 overdue"))
    #expect(app.screenText.contains("no meeting planned yet"))
  }

  @Test(arguments: Language.allCases)
  func snapshot(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.character("f"))
    assertSnapshot(app.frame.canvas, named: "follow-up-\(language.rawValue)-80x24")
    app.send(.tab)
    assertSnapshot(app.frame.canvas, named: "follow-up-by-meeting-\(language.rawValue)-80x24")
  }
}
