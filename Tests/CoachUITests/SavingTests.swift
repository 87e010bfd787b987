import CoachCore
import Foundation
import Testing

@testable import CoachUI

@Suite("Saving: read-only stores, failed saves, signals")
struct SavingTests {
  static let readOnly = "vlgcoach is already open (process 42); this copy is read-only."

  @Test func aReadOnlyStoreOpensNoFormAndSaysWhy() {
    var app = TestApp.demo()
    app.state.saveStatus = .readOnly(Self.readOnly)
    for key in [Key.character("a"), .character("e"), .character("d")] {
      app.send(key)
      #expect(app.state.overlays.isEmpty, "\(key)")
      #expect(app.screenText.contains("process 42"))
    }
    app.send(.down, .enter, .tab, .character("a"))
    #expect(app.state.overlays.isEmpty)
    app.send(.character("u"))
    #expect(app.stored.count == 2)
    #expect(!app.screenText.contains("a add"))
  }

  @Test func aFormOpenWhenTheStoreTurnsReadOnlyKeepsItsText() throws {
    var app = TestApp.demo()
    app.send(.character("a"))
    app.type("Typed before")
    app.dispatch(.storeBecameReadOnly(reason: Self.readOnly))
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The form stays open with what was typed")
      return
    }
    #expect(form.value(.name) == "Typed before")
    #expect(form.error == Self.readOnly)
    #expect(app.stored.count == 2)
  }

  @Test func aFailedSaveIsRetriedWithTheNextChangeAndOnlyThenSaysSaved() throws {
    var app = TestApp.demo()
    let handel = try #require(app.stored(named: "VLG Handel Kempen"))
    app.savesFail = true
    app.send(.down, .character("e"), .control("u"))
    app.type("Renamed while the disk was full")
    app.send(.control("s"))
    #expect(app.screenText.contains("✗ not saved"))
    #expect(app.screenText.contains("No space left on device"))
    #expect(app.stored[handel.id]?.name == "VLG Handel Kempen")

    app.savesFail = false
    app.send(.end, .character("e"), .control("u"))
    app.type("Another change")
    app.send(.control("s"))
    #expect(app.stored[handel.id]?.name == "Renamed while the disk was full")
    #expect(app.stored(named: "Another change") != nil)
    #expect(app.screenText.contains("✓ saved"))
  }

  @Test func aFailedSaveIsRetriedOnTheNextTick() throws {
    var app = TestApp.demo()
    app.savesFail = true
    app.send(.character("a"))
    app.type("Waiting for space")
    app.send(.control("s"))
    app.dispatch(.tick(now: TestApp.now))
    #expect(app.stored(named: "Waiting for space") == nil)
    app.savesFail = false
    app.dispatch(.tick(now: TestApp.now))
    #expect(app.stored(named: "Waiting for space") != nil)
    #expect(app.state.saveStatus == .saved)
  }

  @Test func quittingAfterAFailedSaveAsksFirstWithQOrCtrlC() {
    for quitKey in [Key.character("q"), .control("c")] {
      var app = TestApp.demo()
      app.savesFail = true
      app.send(.character("a"))
      app.type("Unsaved")
      app.send(.control("s"), quitKey)
      #expect(!app.state.isQuitting, "\(quitKey)")
      #expect(app.screenText.contains("Some changes could not be saved. Quit anyway?"))
      app.send(.character("n"))
      #expect(!app.state.isQuitting)
    }
  }

  @Test func aSignalSavesWhatIsTypedInAValidForm() {
    var app = TestApp.demo()
    app.send(.character("a"))
    app.type("Typed when SIGHUP came")
    app.dispatch(.terminate)
    #expect(app.state.isQuitting)
    #expect(app.stored(named: "Typed when SIGHUP came") != nil)
  }

  @Test func everyChangeAsksForExactlyTheChangedCommunityToBeSaved() throws {
    var app = TestApp.demo()
    app.send(.enter, .tab, .character("a"))
    app.type("Lid")
    app.send(.control("s"))
    guard case .persist(let operations, _) = app.effects.last else {
      Issue.record("A change is saved at once")
      return
    }
    #expect(operations.count == 1)
    guard case .save(let community) = operations.first else {
      Issue.record("Adding a member saves its community")
      return
    }
    #expect(community.name == "VLG Geschiedenis Antwerpen")
    #expect(app.screenText.contains("Added member “Lid”"))
  }

  @Test func newIdsComeFromTheStateNotFromChance() throws {
    var first = TestApp()
    var second = TestApp()
    first.send(.character("a"))
    first.type("Same")
    first.send(.control("s"))
    second.send(.character("a"))
    second.type("Same")
    second.send(.control("s"))
    #expect(first.stored.keys.first == second.stored.keys.first)
  }

  @Test func aDamagedCommunityLeavesTheListWithTheStoresSentence() throws {
    var app = TestApp.demo()
    let handel = try #require(app.state.library.summaries.first { $0.name == "VLG Handel Kempen" })
    app.stored[handel.id] = nil  // the in-memory store answers loadFailed
    app.send(.down, .enter)
    #expect(!app.state.library.contains(handel.id))
    #expect(app.screenText.contains("missing"))
    guard case .home(let home) = app.state.route else {
      Issue.record("Still on the home screen")
      return
    }
    #expect(home.selection == 0)
  }
}
