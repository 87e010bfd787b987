import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// A discussion protocol put on the agenda (`P`) and run in live mode: the step running now,
/// who speaks and the minutes left stay under the item's heading.
@Suite("Protocols in the meeting and live")
struct ProtocolLiveTests {
  @Test func theTuningProtocolRunsStepByStep() throws {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab, .enter)  // meeting 3's agenda
    app.send(.character("P"))
    #expect(app.screenText.contains("Tuning protocol · 45′"))
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let meeting = try #require(community.meeting(number: 3))
    let index = try #require(meeting.agenda.firstIndex { $0.protocolID == "tuning" })
    #expect(meeting.agenda[index].plannedMinutes == 45)
    #expect(meeting.agenda[index + 1].role == .newAgreements)

    app.send(.character("m"), .character("y"))
    for _ in 0..<index { app.send(.character("n")) }
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(12 * 60)))
    #expect(app.screenText.contains("Step 2/6 · Clarifying questions (the group) · 3′ left"))
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(46 * 60)))
    #expect(app.screenText.contains("Every step of the protocol has had its time"))
  }

  @Test func editingTheItemKeepsItsProtocol() throws {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .tab, .tab, .enter, .character("P"), .control("s"))
    app.send(.character("e"), .control("u"))
    app.type("Tuning: casus Jan")
    app.send(.control("s"))
    let meeting = try #require(app.stored(named: "VLG Handel Kempen")?.meeting(number: 3))
    #expect(
      meeting.agenda.contains { $0.title == "Tuning: casus Jan" && $0.protocolID == "tuning" })
  }

  /// The coach's own copy (`vlgcoach protocol copy/edit`) is offered after the playbook's and
  /// runs live with its own steps.
  @Test func anOwnProtocolIsOfferedAndRunsWithItsSteps() throws {
    var playbook = CoachPlaybook()
    try playbook.copyProtocol(.debrief, id: "korte-terugblik", name: "Korte terugblik")
    try playbook.editProtocol("korte-terugblik", [.minutes(1, 4)])
    var app = TestApp.demo()
    app.state.customProtocols = playbook.protocols
    app.send(.down, .enter, .tab, .tab, .enter, .character("P"))
    let total = try #require(playbook.protocols.first).totalMinutes
    guard case .form(let form) = app.state.overlays.last,
      case .choice(let options, _) = form.fields[0].kind
    else {
      Issue.record("the protocol form opens")
      return
    }
    #expect(options.last == "Korte terugblik · \(total)′")
    for _ in 1..<options.count { app.send(.right) }
    app.send(.control("s"))
    let meeting = try #require(app.stored(named: "VLG Handel Kempen")?.meeting(number: 3))
    let index = try #require(meeting.agenda.firstIndex { $0.protocolID == "korte-terugblik" })
    app.send(.character("m"), .character("y"))
    for _ in 0..<index { app.send(.character("n")) }
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(5 * 60)))
    let steps = try #require(playbook.protocols.first).steps
    #expect(app.screenText.contains("Step 2/\(steps.count)"), "\(app.screenText)")
  }
}
