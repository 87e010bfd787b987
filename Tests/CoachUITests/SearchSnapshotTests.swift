import CoachCore
import Testing

@testable import CoachUI

/// The search screen as text and styles: before typing, and with hits of every kind (a
/// private note among them), in Dutch and English at 80×24.
@Suite("The search screen as text")
struct SearchSnapshotTests {
  @Test(arguments: Language.allCases)
  func beforeTyping(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.character("/"))
    assertSnapshot(app.frame.canvas, named: "search-empty-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func withHits(_ language: Language) {
    var app = TestApp.searchDemo(language: language)
    app.send(.character("/"))
    app.type("rubric")
    app.send(.down)
    assertSnapshot(app.frame.canvas, named: "search-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func whileReading(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.holdsLoadAll = true
    app.send(.character("/"))
    if let commerce = app.commerce {
      app.dispatch(.loaded(commerce, notebook: app.notebook(commerce.id), then: .remember))
    }
    app.type("zoe")
    assertSnapshot(app.frame.canvas, named: "search-reading-\(language.rawValue)-80x24")
  }
}
