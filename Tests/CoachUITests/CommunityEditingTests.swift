import CoachCore
import Testing

@testable import CoachUI

@Suite("Adding, editing and deleting communities with the keys")
struct CommunityEditingTests {
  @Test func addingACommunityWithTheKeysSavesIt() throws {
    var app = TestApp()
    app.send(.character("a"))
    app.type("VLG Handel Kempen")
    app.send(.tab)
    app.type("Handel")
    app.send(.tab)
    app.type("KA Geel")
    app.send(.enter)  // a new line in the multi-line schools field
    app.type("Sint-Victor")
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    #expect(community.subject == "Handel")
    #expect(community.schools == ["KA Geel", "Sint-Victor"])
    #expect(community.phase == .engageSchoolLeaders)
    #expect(community.phaseSince == TestApp.today)
    #expect(app.state.overlays.isEmpty)
    #expect(app.screenText.contains("VLG Handel Kempen"))
    #expect(app.state.saveStatus == .saved)
  }

  @Test func enterOnTheLastOneLineFieldSaves() throws {
    var app = TestApp.demo()
    app.send(.enter)  // open the first community (history, sorted by name)
    app.send(.tab, .character("a"))
    app.type("Ann")
    // Through school, role, member since, participation, since, committed, reason and
    // internal coach, where Enter saves.
    for _ in 0..<9 { app.send(.enter) }
    let community = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    #expect(community.members.contains { $0.name == "Ann" })
  }

  @Test func anEmptyNameIsRefusedWithASentenceAndNothingIsSaved() {
    var app = TestApp()
    app.send(.character("a"))
    app.type("   ")
    app.send(.control("s"))
    #expect(app.stored.isEmpty)
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The form should stay open")
      return
    }
    #expect(form.error == "Give the learning community a name.")
    #expect(form.focusedField?.id == .name)
    #expect(app.screenText.contains("Give the learning community a name."))
  }

  @Test func aDuplicateNameIsRefused() {
    var app = TestApp.demo()
    app.send(.character("a"))
    app.type("vlg handel kempen")
    app.send(.control("s"))
    #expect(app.stored.count == 2)
    #expect(app.screenText.contains("already a learning community named"))
  }

  @Test func controlCharactersNeverReachTheStore() throws {
    var app = TestApp()
    app.send(.character("a"))
    app.type("Bad\u{1B}[31mName\u{7}")
    app.send(.control("s"))
    let community = try #require(app.stored.values.first)
    #expect(community.name == "Bad[31mName")
  }

  @Test func escapeOnAnUnchangedFormClosesIt() {
    var app = TestApp()
    app.send(.character("a"), .escape)
    #expect(app.state.overlays.isEmpty)
  }

  @Test func escapeAfterTypingAsksBeforeDiscarding() {
    var app = TestApp()
    app.send(.character("a"))
    app.type("Half")
    app.send(.escape)
    #expect(app.screenText.contains("Discard what you typed?"))
    app.send(.character("n"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("“n” keeps the form")
      return
    }
    #expect(form.value(.name) == "Half")
    app.send(.escape, .character("y"))
    #expect(app.state.overlays.isEmpty)
    #expect(app.stored.isEmpty)
  }

  @Test func editingLoadsTheCommunityFirstThenOpensTheForm() throws {
    var app = TestApp.demo()
    app.send(.character("j"), .character("e"))
    #expect(
      app.effects.contains { if case .load(_, .edit) = $0 { return true } else { return false } })
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The edit form should be open")
      return
    }
    #expect(form.value(.name) == "VLG Handel Kempen")
    app.send(.control("u"))
    app.type("VLG Handel Turnhout")
    app.send(.control("s"))
    #expect(app.stored(named: "VLG Handel Turnhout") != nil)
    #expect(app.stored(named: "VLG Handel Kempen") == nil)
  }

  @Test func deletingAsksThenTrashesAndUndoBringsItBack() throws {
    var app = TestApp.demo()
    app.send(.character("j"), .character("d"))
    #expect(app.screenText.contains("Delete “VLG Handel Kempen”?"))
    app.send(.character("x"))  // not an answer: the question stays
    #expect(app.state.overlays.count == 1)
    app.send(.character("y"))
    #expect(app.stored(named: "VLG Handel Kempen") == nil)
    #expect(app.trashed.values.contains { $0.name == "VLG Handel Kempen" })
    #expect(!HomeScreen().visible(app.allCommunities).contains { $0.name == "VLG Handel Kempen" })
    #expect(app.screenText.contains("Deleted “VLG Handel Kempen”"))
    app.send(.character("u"))
    #expect(app.stored(named: "VLG Handel Kempen") != nil)
    #expect(app.screenText.contains("Undone: deleted “VLG Handel Kempen”"))
    app.send(.control("r"))
    #expect(app.stored(named: "VLG Handel Kempen") == nil)
  }

  @Test func answeringNoKeepsTheCommunity() {
    var app = TestApp.demo()
    app.send(.character("d"), .character("n"))
    #expect(app.stored.count == 2)
    #expect(app.state.overlays.isEmpty)
  }
}
