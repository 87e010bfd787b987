import CoachCore
import Testing

@testable import CoachUI

@Suite("Moving around: lists, tabs, filters, help, quitting")
struct NavigationTests {
  @Test func theListMovesWithArrowsVimKeysAndPages() throws {
    var communities: [Community] = []
    for index in 1...30 {
      communities.append(
        Community(
          name: String(format: "VLG %02d", index), since: TestApp.today, created: TestApp.now))
    }
    var app = TestApp(communities: communities)
    app.send(.down, .character("j"))
    #expect(selection(app) == 2)
    app.send(.character("k"))
    #expect(selection(app) == 1)
    app.send(.end)
    #expect(selection(app) == 29)
    #expect(app.screenText.contains("VLG 30"))
    #expect(!app.screenText.contains("VLG 01"))
    app.send(.pageUp)
    #expect(selection(app) < 29)
    app.send(.home)
    #expect(selection(app) == 0)
    app.send(.up)
    #expect(selection(app) == 0)
  }

  @Test func tabAndShiftTabSwitchTabsAndEscapeGoesBack() {
    var app = TestApp.demo()
    app.send(.enter)
    #expect(tab(app) == .overview)
    app.send(.tab)
    #expect(tab(app) == .members)
    app.send(.tab)
    #expect(tab(app) == .meetings)
    app.send(.tab)
    #expect(tab(app) == .themes)
    app.send(.tab)
    #expect(tab(app) == .overview)
    app.send(.backTab)
    #expect(tab(app) == .themes)
    app.send(.escape)
    guard case .home = app.state.route else {
      Issue.record("Esc goes back home")
      return
    }
  }

  @Test func qQuitsOnHomeButGoesBackElsewhere() {
    var app = TestApp.demo()
    app.send(.enter, .character("q"))
    #expect(!app.state.isQuitting)
    app.send(.character("q"))
    #expect(app.state.isQuitting)
  }

  @Test func ctrlCQuitsFromAnywhereButAsksWhenTypingWouldBeLost() {
    var app = TestApp.demo()
    app.send(.enter, .tab, .control("c"))
    #expect(app.state.isQuitting)

    var typing = TestApp.demo()
    typing.send(.character("a"))
    typing.type("Half typed")
    typing.send(.control("c"))
    #expect(!typing.state.isQuitting)
    #expect(typing.screenText.contains("Quit without saving what you typed?"))
    typing.send(.character("y"))
    #expect(typing.state.isQuitting)

    var twice = TestApp.demo()
    twice.send(.character("a"))
    twice.type("Half typed")
    twice.send(.control("c"), .control("c"))
    #expect(twice.state.isQuitting)
  }

  @Test func aSignalQuitsAtOnce() {
    var app = TestApp.demo()
    app.send(.character("a"))
    app.type("typed")
    app.dispatch(.terminate)
    #expect(app.state.isQuitting)
  }

  @Test func helpListsTheKeysOfTheScreenAndClosesWithEscape() {
    var app = TestApp.demo()
    app.send(.character("?"))
    #expect(app.screenText.contains("On this screen"))
    #expect(app.screenText.contains("Ctrl-R"))
    app.send(.character("a"))  // ignored while help is open
    #expect(app.state.overlays == [.help])
    app.send(.escape)
    #expect(app.state.overlays.isEmpty)
  }

  @Test func aTooSmallTerminalShowsAMessageAndIgnoresKeys() {
    var app = TestApp.demo(width: 20, height: 6)
    #expect(app.screenText.contains("Please"))
    app.send(.character("a"))
    #expect(app.state.overlays.isEmpty)
    app.dispatch(.resize(width: 80, height: 24))
    #expect(app.screenText.contains("Learning communities"))
  }

  @Test func theDayMovesOnWithTheClock() {
    var app = TestApp.demo()
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(86_400)))
    #expect(app.state.today == CalendarDay(iso: "2026-11-22"))
    #expect(app.screenText.contains("Sun 22 Nov 2026"))
  }

  func selection(_ app: TestApp) -> Int { home(app).selection }

  func home(_ app: TestApp) -> HomeScreen {
    if case .home(let screen) = app.state.route { return screen }
    return HomeScreen()
  }

  func tab(_ app: TestApp) -> CommunityScreen.Tab? {
    if case .community(let screen) = app.state.route { return screen.tab }
    return nil
  }
}
