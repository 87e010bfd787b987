import CoachCore
import Testing

@testable import CoachUI

@Suite("Undo and redo of every change")
struct UndoTests {
  @Test func undoAndRedoWalkThroughSeveralChanges() throws {
    var app = TestApp()
    for name in ["One", "Two", "Three"] {
      app.send(.character("a"))
      app.type(name)
      app.send(.control("s"))
    }
    #expect(app.stored.count == 3)
    app.send(.character("u"), .character("u"))
    #expect(app.stored.values.map(\.name) == ["One"])
    app.send(.control("r"))
    #expect(Set(app.stored.values.map(\.name)) == ["One", "Two"])
    // A new change after an undo clears what could be redone.
    app.send(.character("a"))
    app.type("Four")
    app.send(.control("s"), .control("r"))
    #expect(Set(app.stored.values.map(\.name)) == ["One", "Two", "Four"])
    #expect(app.screenText.contains("Nothing to redo."))
  }

  @Test func undoWithNothingToUndoSaysSo() {
    var app = TestApp()
    app.send(.character("u"))
    #expect(app.screenText.contains("Nothing to undo."))
  }

  @Test func undoOfAMemberAddedInsideACommunityRestoresTheSavedFile() throws {
    var app = TestApp.demo()
    app.send(.enter, .tab, .character("a"))
    app.type("Nieuw Lid")
    app.send(.control("s"))
    let id = try #require(app.stored(named: "VLG Geschiedenis Antwerpen")?.id)
    #expect(app.stored[id]?.members.count == 5)
    app.send(.character("u"))
    #expect(app.stored[id]?.members.count == 4)
  }

  /// Undo snapshots taken before a community was first read get its value when it is read,
  /// so undoing an older change does not close the community the coach is looking at.
  @Test func undoingAChangeFromBeforeACommunityWasOpenedKeepsItOpen() throws {
    var app = TestApp.demo()
    app.send(.character("a"))
    app.type("First change")
    app.send(.control("s"))
    let handel = try #require(app.stored(named: "VLG Handel Kempen"))
    let index = try #require(
      HomeScreen().visible(app.allCommunities).firstIndex { $0.id == handel.id })
    app.send(.home)
    for _ in 0..<index { app.send(.down) }
    app.send(.enter, .tab, .character("a"))
    app.type("Nieuw Lid")
    app.send(.control("s"))
    #expect(app.stored[handel.id]?.members.count == 8)
    app.send(.character("u"), .character("u"))
    #expect(app.stored[handel.id]?.members.count == 7)
    #expect(app.stored(named: "First change") == nil)
    guard case .community(let screen) = app.state.route else {
      Issue.record("The community stays open")
      return
    }
    #expect(screen.id == handel.id)
    app.send(.control("r"), .control("r"))
    #expect(app.stored[handel.id]?.members.count == 8)
    #expect(app.stored(named: "First change") != nil)
  }

  @Test func undoOfAddingTheOpenCommunityReturnsHome() {
    var app = TestApp()
    app.send(.character("a"))
    app.type("Temp")
    app.send(.control("s"), .enter)
    guard case .community = app.state.route else {
      Issue.record("The community should be open")
      return
    }
    app.send(.character("u"))
    guard case .home = app.state.route else {
      Issue.record("Undo removed the open community: back home")
      return
    }
    #expect(app.stored.isEmpty)
  }
}
