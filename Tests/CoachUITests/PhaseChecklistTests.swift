import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// A phase's coach checklist on its guide: the data's answers with why, the coach's ticks
/// with day and remark (`c`).
@Suite("Phase checklist on the guide")
struct PhaseChecklistTests {
  @Test func theDataAnswerAndTheCoachTicksTheRest() throws {
    var app = TestApp.demo()
    app.send(.enter, .character("1"), .enter)  // history, the guide to phase 1
    #expect(app.screenText.contains("Coach's checklist"))
    #expect(
      app.screenText.contains("○ Every school leader contacted and engaged — no school leader for"))
    app.send(.character("c"))
    // The first item the coach answers: the time arrangement.
    app.send(.tab, .tab, .tab)
    app.type("Friday afternoons in all three schools")
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    #expect(community.checklistTicks["1.time"]?.remark == "Friday afternoons in all three schools")
    #expect(app.screenText.contains("✓ A time arrangement agreed per school — 21 Nov 2026"))
    // Not yet: the tick goes.
    app.send(.character("c"), .tab, .right, .control("s"))
    #expect(try #require(app.stored(named: "VLG Geschiedenis Antwerpen")).checklistTicks.isEmpty)
  }

  @Test func theDiscussPhasesGuideShowsTheTuningProtocolStepByStep() throws {
    var app = TestApp.demo(height: 60)
    app.send(.down, .enter, .enter)  // commerce is in phase 4
    #expect(app.screenText.contains("Discussion protocols for this phase"))
    #expect(app.screenText.contains("Tuning protocol · 45′"))
    #expect(
      app.screenText.contains(
        "• 15′ Warm and cool feedback; the presenter only listens (the group)"))
    #expect(app.screenText.contains("Debrief · 10′"))
  }

  @Test func anItemTheDataAnswerSaysWhy() throws {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .character("5"), .enter)  // commerce, the guide to phase 5
    #expect(app.screenText.contains("✓ Toonmoment gepland — "))
    #expect(app.screenText.contains("○ Interne coach aangeduid — nog niemand aangeduid"))
  }
}
