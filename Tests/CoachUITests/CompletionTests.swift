import CoachCore
import Testing

@testable import CoachUI

@Suite("Completion in forms: schools and names offered as the coach types")
struct CompletionTests {
  @Test func aSchoolOfTheCommunityIsOfferedAndTabTakesIt() {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .character("a"))  // a new member of the commerce VLG
    app.type("Lotte Maes")
    app.send(.tab)
    app.type("gee")
    #expect(app.openForm?.focusedField?.matches == ["KA Geel"])
    #expect(app.screen.last?.contains("Tab complete") == true)
    #expect(app.screenText.contains(" KA Geel"))
    app.send(.tab)
    #expect(app.openForm?.value(.school) == "KA Geel")
    // Complete: no more offer, Tab moves on again.
    #expect(app.openForm?.focusedField?.matches.isEmpty == true)
    app.send(.tab)
    #expect(app.openForm?.focusedField?.id == .role)
  }

  @Test func ownersAreCompletedOneNameAtATimeAndArrowsPick() {
    var app = TestApp.meeting(3)
    app.send(.tab, .tab, .character("a"))  // a new agreement
    app.send(.tab)
    app.type("Iets afwerken")
    app.send(.tab)
    app.type("zoe, j")
    let matches = app.openForm?.focusedField?.matches ?? []
    #expect(matches.contains("Jan de Vries"))
    if let index = matches.firstIndex(of: "Jan de Vries") {
      for _ in 0..<index { app.send(.down) }
    }
    app.send(.tab)
    #expect(app.openForm?.value(.owners) == "zoe, Jan de Vries")
    app.send(.control("s"))
    #expect(app.state.overlays.isEmpty)
    let made = app.commerce?.agreements.max { $0.number < $1.number }
    #expect(app.commerce?.memberNames(made?.owners ?? []) == ["Zoë Dëmeester", "Jan de Vries"])
  }

  @Test func completionMatchesTheStartOfAnyWordIgnoringCaseAndAccents() {
    let completion = Completion(["Zoë Dëmeester", "Jan de Vries", "Els Peeters"], separator: ",")
    #expect(completion.matches(for: "dem") == ["Zoë Dëmeester"])
    #expect(completion.matches(for: "Jan, v") == ["Jan de Vries"])
    #expect(completion.matches(for: "").isEmpty)
    #expect(completion.matches(for: "Els Peeters").isEmpty)
    #expect(completion.completed("Ann, pee") == "Ann, Els Peeters")
  }
}
