import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// One theme's screen (Enter on the themes tab): its subgroups, output and moments corrected
/// or deleted one by one.
@Suite("Theme screen")
struct ThemeScreenTests {
  /// The demo's “Evaluatie boekhouding”: one output, one showcase.
  func evaluationTheme(_ language: Language = .en) -> TestApp {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .backTab, .enter)
    return app
  }

  func theme(_ app: TestApp) throws -> WorkTheme {
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    return try #require(community.themes.first { $0.title == "Evaluatie boekhouding" })
  }

  @Test func anOutputIsCorrectedAndAMomentDeletedAndBroughtBack() throws {
    var app = evaluationTheme()
    #expect(app.screenText.contains("Theme · Evaluatie boekhouding"))
    // The output is the first item (no subgroups).
    app.send(.enter, .control("u"))
    app.type("Rubric jaarrekening, versie 2")
    app.send(.control("s"))
    #expect(try theme(app).outputs.map(\.title) == ["Rubric jaarrekening, versie 2"])
    app.send(.down, .character("d"))
    #expect(try theme(app).moments.isEmpty)
    app.send(.character("u"))
    #expect(try theme(app).moments.count == 1)
  }

  @Test func aSubgroupIsRenamedAndTriedBeforeMadeIsRefused() throws {
    var app = evaluationTheme(.nl)
    app.send(.character("s"))
    app.type("Vijfde jaar")
    app.send(.tab)
    app.type("Zoë")
    app.send(.control("s"))
    app.send(.home, .enter, .control("u"))  // the subgroup comes first
    app.type("Zesde jaar")
    app.send(.control("s"))
    #expect(try theme(app).subgroups.map(\.name) == ["Zesde jaar"])
    app.send(.down, .enter, .tab, .tab, .control("u"))
    app.type("2020-01-01")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("the form stays open")
      return
    }
    #expect(form.focusedField?.id == .tried)
  }

  @Test func deletingTheThemeElsewhereClosesTheScreen() throws {
    var app = evaluationTheme()
    app.send(.escape, .character("d"))
    guard case .community = app.state.route else {
      Issue.record("back on the community")
      return
    }
    app.send(.character("u"), .enter)
    #expect(app.screenText.contains("Theme · Evaluatie boekhouding"))
  }

  @Test(arguments: [Language.nl, .en]) func snapshot(_ language: Language) throws {
    let app = evaluationTheme(language)
    assertSnapshot(app.frame.canvas, named: "theme-\(language.rawValue)-80x24")
  }
}
