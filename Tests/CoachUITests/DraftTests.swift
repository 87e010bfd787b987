import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The end of the program with a form open: saved when it can be, else kept as a draft.
@Suite("Forms when the program ends")
struct DraftTests {
  @Test func aFormThatCannotBeSavedIsKeptAsADraftWithItsText() throws {
    var app = TestApp.demo()
    app.send(.character("a"), .tab)
    app.type("Geschiedenis derde graad")
    app.dispatch(.terminate)
    #expect(app.state.isQuitting)
    let draft = try #require(app.drafts.first)
    #expect(draft.purpose == .addCommunity)
    #expect(draft.value(.subject) == "Geschiedenis derde graad")
    #expect(app.stored.count == 2, "nothing half-made in the store")
  }

  @Test func aFormThatCanBeSavedIsSavedAndLeavesNoDraft() throws {
    var app = TestApp.demo()
    app.send(.character("a"))
    app.type("VLG Latijn Leuven")
    app.dispatch(.terminate)
    #expect(app.drafts.isEmpty)
    #expect(app.stored(named: "VLG Latijn Leuven") != nil)
  }

  @Test func aDraftReadsBackAsTheSameForm() throws {
    var app = TestApp.demo()
    app.send(.down, .enter, .character("a"))
    app.type("Piet")
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("no form")
      return
    }
    let encoder = PropertyListEncoder()
    let decoded = try PropertyListDecoder().decode(FormState.self, from: encoder.encode(form))
    #expect(decoded.purpose == form.purpose)
    #expect(decoded.fields.map(\.text) == form.fields.map(\.text))
    #expect(
      decoded.fields.map(\.completion?.candidates) == form.fields.map(\.completion?.candidates))
  }
}
