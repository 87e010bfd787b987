import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The community's themes tab: a theme with its teachers, the 4–6 advice, output, moments
/// and subgroups, all from the keyboard.
@Suite("Themes tab")
struct ThemesTabTests {
  /// “VLG Handel Kempen” open on its themes tab, without the demo's themes.
  func commerceThemes(_ language: Language = .en, height: Int = 24) -> TestApp {
    let communities = DemoData.communities(today: TestApp.today, now: TestApp.now).map {
      var community = $0
      community.themes = []
      return community
    }
    var app = TestApp(language: language, height: height, communities: communities)
    app.send(.down, .enter, .backTab)
    return app
  }

  func commerce(_ app: TestApp) throws -> Community {
    try #require(app.stored(named: "VLG Handel Kempen"))
  }

  /// Adds a theme with the first `count` members (by name, as typed).
  func addTheme(_ app: inout TestApp, _ title: String, members count: Int) throws {
    let names = try commerce(app).members.prefix(count).map(\.name)
    app.send(.character("a"))
    app.type(title)
    app.send(.tab, .tab)
    app.type(names.joined(separator: ", "))
    app.send(.tab, .right)  // in progress
    app.send(.control("s"))
  }

  @Test func aThemeIsAddedWithItsTeachersAndTheAdviceWhenTooFew() throws {
    var app = commerceThemes()
    #expect(app.screenText.contains("No themes yet"))
    try addTheme(&app, "Case-based teaching", members: 3)
    let theme = try #require(try commerce(app).themes.first)
    #expect(theme.title == "Case-based teaching")
    #expect(theme.members.count == 3)
    #expect(theme.status == .inProgress)
    #expect(app.screenText.contains("⚠ 3 on this theme; 4 to 6 teachers works best."))
    // Edited to four teachers, the warning goes.
    let fourth = try commerce(app).members[3].name
    app.send(.character("e"), .tab, .tab, .end)
    app.type(", " + fourth)
    app.send(.control("s"))
    #expect(try commerce(app).themes[0].members.count == 4)
    #expect(!app.screenText.contains("⚠"))
  }

  @Test func outputMomentAndSubgroupAreRecordedOnTheSelectedTheme() throws {
    var app = commerceThemes(height: 40)
    try addTheme(&app, "Rubrics", members: 7)
    #expect(app.screenText.contains("above 6, better split into subgroups"))
    app.send(.character("o"))
    app.type("Rubric for the oral exam")
    app.send(.tab, .tab)
    app.type("2026-11-25")
    app.send(.control("s"))
    app.send(.character("m"), .right, .tab)  // a showcase
    app.type("2027-03-10")
    app.send(.tab)
    app.type("For the school leaders")
    app.send(.control("s"))
    let names = try commerce(app).members.prefix(3).map(\.name)
    app.send(.character("s"))
    app.type("Third grade")
    app.send(.tab)
    app.type(names.joined(separator: ", "))
    app.send(.control("s"))
    let theme = try #require(try commerce(app).themes.first)
    #expect(theme.outputs.map(\.title) == ["Rubric for the oral exam"])
    #expect(theme.outputs.first?.madeOn == TestApp.today)
    #expect(theme.outputs.first?.triedInClassOn == CalendarDay(iso: "2026-11-25"))
    #expect(theme.showcases.map(\.note) == ["For the school leaders"])
    #expect(theme.subgroups.map(\.name) == ["Third grade"])
    #expect(
      app.screenText.contains("Rubric for the oral exam · made 21 Nov 2026 · in class 25 Nov"))
    #expect(app.screenText.contains("showcase · For the school leaders"))
    #expect(app.screenText.contains("Third grade: " + names.joined(separator: ", ")))
  }

  @Test func triedInClassBeforeItWasMadeIsSaidOfItsField() throws {
    var app = commerceThemes(.nl)
    try addTheme(&app, "Casussen", members: 4)
    app.send(.character("o"))
    app.type("Casusbundel")
    app.send(.tab)
    app.type("2026-11-20")
    app.send(.tab)
    app.type("2026-11-01")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("the form stays open")
      return
    }
    #expect(form.focusedField?.id == .tried)
    #expect(form.error?.contains("niet vóór het gemaakt is") == true)
    #expect(try commerce(app).themes[0].outputs.isEmpty)
  }

  @Test func deletingAThemeIsUndone() throws {
    var app = commerceThemes()
    try addTheme(&app, "Rubrics", members: 4)
    app.send(.character("d"))
    #expect(try commerce(app).themes.isEmpty)
    app.send(.character("u"))
    #expect(try commerce(app).themes.map(\.title) == ["Rubrics"])
  }

  @Test(arguments: [Language.nl, .en]) func snapshot(_ language: Language) throws {
    var app = commerceThemes(language)
    try addTheme(&app, "Evalueren met rubrics", members: 5)
    try addTheme(&app, "Casussen", members: 3)
    app.send(.up, .character("o"))
    app.type("Rubric mondeling")
    app.send(.control("s"))
    assertSnapshot(app.frame.canvas, named: "community-themes-\(language.rawValue)-80x24")
  }
}
