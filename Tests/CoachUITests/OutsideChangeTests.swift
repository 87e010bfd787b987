import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// A community's file changed by someone else while the program runs: shown as it is now when
/// nothing here is unsaved; otherwise the coach chooses, and nothing is overwritten unasked.
@Suite("Changes made outside vlgcoach, in the program")
struct OutsideChangeTests {
  /// The demo with VLG Handel Kempen read, and a version of it that someone else wrote.
  static func appWithTheirVersion(language: Language = .en) throws -> (TestApp, Community) {
    var app = TestApp.demo(language: language)
    let handel = try #require(app.stored(named: "VLG Handel Kempen"))
    app.send(.down, .enter, .escape)  // read it once
    var theirs = handel
    theirs.name = "VLG Handel Kempen (gesynchroniseerd)"
    app.outside[handel.id] = theirs
    return (app, theirs)
  }

  @Test func withNothingUnsavedHereTheirVersionIsShownAtTheNextTick() throws {
    var (app, theirs) = try Self.appWithTheirVersion()
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(1)))
    #expect(app.state.overlays.isEmpty)
    #expect(app.state.library.loaded[theirs.id] == theirs)
    #expect(app.screenText.contains("VLG Handel Kempen (gesynchroniseerd)"))
    #expect(app.screenText.contains("Changed outside vlgcoach, shown now: VLG Handel"))
    #expect(app.state.saveStatus == .saved)
  }

  /// Renames the community here while their version waits on disk: the save is refused.
  static func renameHere(_ app: inout TestApp) {
    app.send(.character("e"), .control("u"))
    app.type("VLG Handel Kempen-Noord")
    app.send(.control("s"))
  }

  @Test func aChangeHereOverTheirsAsksAndSavesNothingUntilAnswered() throws {
    var (app, theirs) = try Self.appWithTheirVersion()
    Self.renameHere(&app)
    #expect(app.state.overlays.last == .outsideChange(community: theirs.id))
    #expect(app.screenText.contains("Which version do you keep?"))
    #expect(app.screenText.contains("m keep mine"))
    #expect(app.screenText.contains("✗ not saved"))
    #expect(app.outside[theirs.id] == theirs, "their file untouched")
    // Neither Esc nor another key chooses; a tick asks no second time.
    app.send(.escape, .character("j"), .character("y"))
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(1)))
    #expect(app.state.overlays.filter { $0 == .outsideChange(community: theirs.id) }.count == 1)
    #expect(app.stored[theirs.id]?.name == "VLG Handel Kempen")
  }

  @Test func mKeepsMine() throws {
    var (app, theirs) = try Self.appWithTheirVersion()
    Self.renameHere(&app)
    app.send(.character("m"))
    #expect(app.state.overlays.isEmpty)
    #expect(app.stored[theirs.id]?.name == "VLG Handel Kempen-Noord")
    #expect(app.keptBoth.isEmpty)
    #expect(app.state.saveStatus == .saved)
  }

  @Test func tTakesTheirsAndBKeepsBoth() throws {
    var (taking, theirs) = try Self.appWithTheirVersion()
    Self.renameHere(&taking)
    taking.send(.character("t"))
    #expect(taking.state.library.loaded[theirs.id] == theirs)
    #expect(taking.stored[theirs.id] == theirs)
    #expect(taking.state.saveStatus == .saved)

    var (keeping, other) = try Self.appWithTheirVersion()
    Self.renameHere(&keeping)
    keeping.send(.character("b"))
    #expect(keeping.stored[other.id]?.name == "VLG Handel Kempen-Noord")
    #expect(keeping.keptBoth == [other.id])
    #expect(keeping.screenText.contains("Both kept; the outside one as a copy beside"))
  }

  @Test func quittingWhileTheQuestionWaitsAsksFirst() throws {
    var (app, _) = try Self.appWithTheirVersion()
    Self.renameHere(&app)
    app.send(.control("c"))
    #expect(!app.state.isQuitting)
    guard case .confirm(let question) = app.state.overlays.last else {
      Issue.record("expected a question, got \(app.state.overlays)")
      return
    }
    #expect(question.action == .quitWithUnsavedChanges)
  }

  @Test(arguments: [Language.nl, .en])
  func theQuestion(_ language: Language) throws {
    var (app, _) = try Self.appWithTheirVersion(language: language)
    Self.renameHere(&app)
    assertSnapshot(app.frame.canvas, named: "outside-change-\(language.rawValue)-80x24")
  }

  @Test func theOtherVlgcoachClosingMakesTheStoreWritableAgain() throws {
    var app = TestApp.demo()
    app.state.saveStatus = .readOnly(
      "vlgcoach is already open (process 42); this copy is read-only.")
    let summaries = app.state.library.summaries
    app.dispatch(.storeBecameWritable(Array(summaries.prefix(1))))
    #expect(app.state.saveStatus == .saved)
    #expect(app.screenText.contains("The other vlgcoach has closed"))
    #expect(app.state.library.summaries.count == 1)
    app.send(.character("a"))
    #expect(app.state.overlays.count == 1, "a form opens again")
  }
}
