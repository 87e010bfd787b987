import CoachCore
import Testing

@testable import CoachUI

/// The checklist results screen as text at 80×24, Dutch and English: empty, the rounds, and
/// one round in full. Record with VLGCOACH_RECORD=1.
@Suite("Checklist results as text")
struct ChecklistResultsSnapshotTests {
  @Test(arguments: Language.allCases)
  func empty(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.enter, .character("c"))
    assertSnapshot(app.frame.canvas, named: "checklists-empty-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func rounds(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .character("c"))
    assertSnapshot(app.frame.canvas, named: "checklists-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func round(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .character("c"), .enter)
    assertSnapshot(app.frame.canvas, named: "checklists-round-\(language.rawValue)-80x24")
  }
}
