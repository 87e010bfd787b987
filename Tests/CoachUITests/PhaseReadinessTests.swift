import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The readiness check in the program: a later phase's guide says what in the data speaks
/// against moving there, and the move form says how many signals there are. It only advises.
@Suite("Readiness check on the phase guide")
struct PhaseReadinessTests {
  /// The demo's history community (phase 2), its guide to phase 3.
  func guideToPhaseThree(_ language: Language = .en) -> TestApp {
    var app = TestApp.demo(language: language)
    app.send(.enter, .character("3"), .enter)
    return app
  }

  @Test func theGuideListsTheSignalsAndTheMoveFormCountsThem() throws {
    var app = guideToPhaseThree()
    let community = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    let signals = community.readinessSignals(movingTo: .chooseThemes, today: TestApp.today)
    #expect(signals.count == 2)
    #expect(app.screenText.contains("Ready to move here?"))
    #expect(app.screenText.contains("⚠ No commitment recorded for"))
    #expect(app.screenText.contains("⚠ No meeting has been held yet."))
    app.send(.enter)
    #expect(app.screenText.contains("⚠ 2 signals speak against it"))
    // The coach decides: the move goes through, with the reason in the note.
    app.send(.tab)
    app.type("Commitment is asked at the first meeting")
    app.send(.control("s"))
    let moved = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    #expect(moved.phase == .chooseThemes)
    // …and the history says what it was moved despite.
    let note = try #require(moved.phaseHistory.last?.note)
    #expect(note.hasPrefix("Despite 2 signals (no commitment: "))
    #expect(note.hasSuffix("; no meeting yet): Commitment is asked at the first meeting"))
  }

  @Test func theCurrentPhasesGuideHasNoCheck() throws {
    var app = TestApp.demo()
    app.send(.enter, .enter)
    #expect(!app.screenText.contains("Ready to move here?"))
  }

  @Test(arguments: [Language.nl, .en]) func snapshot(_ language: Language) throws {
    let app = guideToPhaseThree(language)
    assertSnapshot(app.frame.canvas, named: "phase-readiness-\(language.rawValue)-80x24")
  }
}
