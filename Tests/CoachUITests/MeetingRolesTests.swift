import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// `R` on a meeting: chair, timekeeper and minute-taker, proposed in rotation.
@Suite("Meeting roles on the meeting screen")
struct MeetingRolesTests {
  @Test func theProposalIsSavedAndANameCanBeChanged() throws {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab, .enter)  // meeting 3
    app.send(.character("R"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("the roles form opens")
      return
    }
    #expect(form.fields.allSatisfy { !$0.text.isEmpty }, "a full proposal")
    app.send(.tab, .tab, .control("u"))
    app.type("Zoë")
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let roles = try #require(community.meeting(number: 3)).roles
    #expect(roles.count == 3)
    #expect(roles[.minuteTaker].flatMap { community.member(withID: $0)?.name } == "Zoë Dëmeester")
    #expect(app.state.flash?.contains("minute-taker Zoë Dëmeester") == true)
  }

  @Test func anUnknownNameIsSaidOfItsField() throws {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .tab, .tab, .enter, .character("R"), .tab, .control("u"))
    app.type("Niemand")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("the form stays open")
      return
    }
    #expect(form.focusedField?.id == .timekeeper)
  }
}
