import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The kiosk's start form offers the coach's own checklists after the builtin ones.
@Suite("Kiosk with an own checklist")
struct KioskOwnChecklistTests {
  @Test func theFormListsAnOwnChecklistAndStartsIt() throws {
    var app = TestApp.demo()
    app.pin = "2468"
    var playbook = CoachPlaybook()
    let own = try playbook.copyChecklist(.conditions, id: "eigen", title: "Onze eigen lijst")
    app.state.customChecklists = playbook.checklists
    app.send(.down, .enter, .character("k"))
    guard case .form(let form)? = app.state.overlays.last else {
      Issue.record("no kiosk form")
      return
    }
    guard case .choice(let options, _) = form.fields[0].kind else {
      Issue.record("no choice of checklist")
      return
    }
    #expect(options.last == "Onze eigen lijst")
    #expect(options.count == ChecklistTemplate.builtin.count + 1)
    for _ in ChecklistTemplate.builtin { app.send(.right) }
    app.send(.control("s"))
    #expect(app.state.kiosk?.template == own)
  }
}
