import CoachCore
import Testing

@testable import CoachUI

@Suite("Saving: read-only stores and failed saves")
struct SavingTests {
  @Test func aReadOnlyStoreRefusesChangesAndSaysWhy() {
    var app = TestApp.demo()
    app.state.saveStatus = .readOnly(
      "vlgcoach is already open (process 42); this copy is read-only.")
    app.send(.character("a"))
    app.type("New")
    app.send(.control("s"))
    #expect(app.stored.count == 2)
    #expect(app.screenText.contains("read-only"))
    #expect(app.screenText.contains("process 42"))
    app.send(.character("u"))
    #expect(app.stored.count == 2)
  }

  @Test func aFailedSaveIsShownAndQuittingAsksFirst() {
    var app = TestApp.demo()
    app.dispatch(.persistFailed(message: "Could not save to /x: No space left on device."))
    #expect(app.screenText.contains("✗ not saved"))
    #expect(app.screenText.contains("No space left on device"))
    app.send(.control("c"))
    #expect(!app.state.isQuitting)
    #expect(app.screenText.contains("Some changes could not be saved. Quit anyway?"))
    app.send(.character("n"))
    app.dispatch(.persisted)
    #expect(app.screenText.contains("✓ saved"))
  }

  @Test func everyChangeAsksForExactlyTheChangedCommunityToBeSaved() throws {
    var app = TestApp.demo()
    app.send(.enter, .tab, .character("a"))
    app.type("Lid")
    app.send(.control("s"))
    guard case .persist(let operations) = app.effects.last else {
      Issue.record("A change is saved at once")
      return
    }
    #expect(operations.count == 1)
    guard case .save(let community) = operations.first else { return }
    #expect(community.name == "VLG Geschiedenis Antwerpen")
  }

  @Test func aDamagedCommunityLeavesTheListWithTheStoresSentence() {
    var app = TestApp.demo()
    let handel = app.state.library.summaries.first { $0.name == "VLG Handel Kempen" }
    guard let handel else { return }
    app.stored[handel.id] = nil  // the in-memory store answers loadFailed
    app.send(.down, .enter)
    #expect(!app.state.library.contains(handel.id))
    #expect(app.screenText.contains("missing"))
    if case .home(let home) = app.state.route { #expect(home.selection == 0) }
  }
}
