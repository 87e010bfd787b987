import CoachCore
import Testing

@testable import CoachUI

@Suite("Follow-up: open agreements before the next meeting")
struct FollowUpTests {
  func followUp(_ app: TestApp) -> FollowUpScreen? {
    if case .followUp(let screen) = app.state.route { return screen }
    return nil
  }

  func items(_ screen: FollowUpScreen, _ app: TestApp) -> [FollowUpItem] {
    let list = screen.list(app.allCommunities)
    return list.itemRows.indices.compactMap { list.item($0) }
  }

  /// The open agreements in their order, before grouping.
  func sorted(_ screen: FollowUpScreen, _ app: TestApp) -> [FollowUpItem] {
    let context = app.allCommunities
    return FollowUp.items(in: screen.digests(context).digests, today: context.today)
  }

  func rows(_ screen: FollowUpScreen, _ app: TestApp) -> [FollowUpRow] {
    screen.list(app.allCommunities).rows
  }

  @Test func fOnHomeReadsTheDigestsAndListsTheOpenAgreementsOverdueFirst() throws {
    var app = TestApp.demo()
    app.send(.character("f"))
    // Only the communities not read in full: their digests, not their files.
    #expect(
      app.effects.contains { if case .readFollowUp(let ids) = $0 { !ids.isEmpty } else { false } })
    #expect(!app.effects.contains { if case .loadAll = $0 { true } else { false } })
    let screen = try #require(followUp(app))
    #expect(screen.communityID == nil)
    let items = sorted(screen, app)
    #expect(
      items.map(\.entry.text) == [
        "Casus van Ahmed vooraf lezen", "Oefenbundel voorzien",
        "Evaluatiecriteria uitwerken in deelgroep",
      ])
    #expect(items.map(\.isOverdue) == [true, true, false])
    #expect(items.first?.timesCarriedOver == 1)
    #expect(app.screenText.contains("To follow up before the next meeting"))
    #expect(app.screenText.contains("overdue"))
  }

  /// `f` never waits for the disk: the screen opens at once, says how many communities are
  /// read, and fills as their digests come in; the keys work meanwhile.
  @Test func theFollowUpOpensAtOnceAndFillsAsTheDigestsComeIn() throws {
    var app = TestApp.demo()
    app.holdsLoadAll = true
    app.send(.character("f"))
    let screen = try #require(followUp(app))
    let unread = screen.unread(app.allCommunities)
    #expect(unread.count == app.state.library.summaries.count)
    #expect(app.screen[0].hasSuffix("0 of \(unread.count) read…"))
    #expect(items(screen, app).isEmpty)
    #expect(!app.screenText.contains("No open agreements"))
    let commerce = try #require(app.stored.values.first { $0.name == "VLG Handel Kempen" })
    app.dispatch(.followUpRead(FollowUpDigest(commerce)))
    #expect(sorted(try #require(followUp(app)), app).count == 3)
    #expect(app.screenText.contains("Oefenbundel voorzien"))
    app.send(.down)
    #expect(followUp(app)?.selection == 1)
    for community in app.stored.values where community.id != commerce.id {
      app.dispatch(.followUpRead(FollowUpDigest(community)))
    }
    #expect(app.screen[0].hasSuffix("by person"))
    // Only digests so far: ⏎ reads the community first, then asks how it went.
    #expect(app.state.library.loaded[commerce.id] == nil)
    app.holdsLoadAll = false
    app.send(.enter)
    #expect(app.state.library.loaded[commerce.id] != nil)
    #expect(app.openForm != nil)
  }

  /// A review saved from the follow-up updates the list at once (the community is read in
  /// full now, and its own agreements count, not the digest read before).
  @Test func aReviewFromTheFollowUpTakesTheAgreementOffTheList() throws {
    var app = TestApp.demo()
    app.send(.character("f"))
    let before = items(try #require(followUp(app)), app).count
    let screen = try #require(followUp(app))
    let first = try #require(items(screen, app).first)
    app.send(.enter)
    #expect(app.openForm != nil)
    app.send(.control("s"))  // the first outcome: done
    let after = items(try #require(followUp(app)), app)
    #expect(after.count < before)
    #expect(!after.contains { $0.entry.id == first.entry.id })
  }

  @Test func groupingByPersonOrByMeeting() throws {
    var app = TestApp.demo()
    app.send(.character("f"))
    let byOwner = rows(try #require(followUp(app)), app)
    let owners = byOwner.compactMap { if case .heading(let name) = $0 { name } else { nil } }
    #expect(owners == ["Ahmed El Amrani", "Els Peeters", "Jan de Vries", "Marie Claes"])
    app.send(.tab)
    let screen = try #require(followUp(app))
    #expect(screen.grouping == .byMeeting)
    let headings = rows(screen, app).compactMap {
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
    let rows = items(screen, app)
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
