import CoachCore
import Testing

@testable import CoachUI

/// The help overlay on a small terminal: it says how much is out of view and scrolls to
/// every row of it with the list keys.
@Suite("Help on a small terminal")
struct HelpScrollTests {
  /// The members tab of a community, help open.
  static func help(_ language: Language = .en, width: Int, height: Int) -> TestApp {
    var app = TestApp.demo(language: language, width: width, height: height)
    app.send(.down, .enter, .tab, .character("?"))
    return app
  }

  @Test(arguments: Language.allCases)
  func atSixtyByTwentyItSaysWhatIsBelowAndScrolls(_ language: Language) {
    var app = Self.help(language, width: 60, height: 20)
    assertSnapshot(app.frame.canvas, named: "help-members-\(language.rawValue)-60x20")
    app.send(.pageDown)
    assertSnapshot(app.frame.canvas, named: "help-members-scrolled-\(language.rawValue)-60x20")
  }

  @Test(arguments: [(60, 20), (50, 12)])
  func everyRowCanBeScrolledToAndNoFurther(_ size: (Int, Int)) {
    var app = Self.help(width: size.0, height: size.1)
    #expect(app.screenText.contains("─ ↓ "))
    // The last row of help is a form key; it comes into view, and the “more” goes away.
    let last = "← → ␣"
    #expect(!app.screenText.contains(last))
    for _ in 0..<100 { app.send(.down) }
    #expect(app.screenText.contains(last))
    #expect(!app.screenText.contains("─ ↓ "))
    #expect(app.screenText.contains("─ ↑ "))
    app.send(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
    #expect(app.state.helpTop == 0)
    #expect(app.state.overlays == [.help])
    app.send(.escape)
    #expect(app.state.overlays.isEmpty)
  }

  @Test func atEightyByTwentyFourItFitsAndOffersNoScrolling() {
    let app = Self.help(width: 80, height: 24)
    #expect(!app.screenText.contains("more"))
    #expect(!app.frame.canvas.textRows()[23].contains("scroll"))
  }
}
