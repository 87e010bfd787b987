import CoachCore
import Testing

@testable import CoachUI

/// The meeting screen's sections as text, compared with golden files in `Snapshots/`.
@Suite("The meeting screen as text")
struct MeetingScreenSnapshotTests {
  /// Meeting 2 of the demo (held: attendance, reviews and an agreement made), with notes on
  /// its review item and on the meeting, typed as a coach would.
  func meetingWithNotes(_ language: Language, width: Int = 80, height: Int = 24) -> TestApp {
    var app = TestApp.meeting(2, language: language, width: width, height: height)
    app.send(.down, .character("e"), .tab, .tab, .tab)
    app.type("Zoë werkte hoofdstuk 3 af; de casus is nog niet door iedereen gelezen.")
    app.send(.tab)
    app.type("Casus tegen de volgende keer door iedereen gelezen")
    app.send(.control("s"), .backTab, .character("e"))
    app.type("Goede sfeer; Els en Bram verontschuldigd.")
    app.send(.enter, .enter)
    app.type("Volgende keer: evaluatiecriteria boekhouding.")
    app.send(.control("s"), .tab, .down)  // the review item, to show its notes
    app.state.flash = nil
    return app
  }

  @Test(arguments: Language.allCases)
  func everySection(_ language: Language) {
    var app = meetingWithNotes(language)
    for section in MeetingScreen.Section.allCases {
      assertSnapshot(
        app.frame.canvas, named: "meeting-\(section)-\(language.rawValue)-80x24")
      app.send(.tab)
    }
  }

  /// Meeting 3 with the proposed roles accepted (`R`, Ctrl-S): they show under the tabs.
  static func withRoles(_ language: Language) -> TestApp {
    var app = TestApp.meeting(3, language: language)
    app.send(.character("R"), .control("s"))
    app.state.flash = nil
    return app
  }

  @Test(arguments: Language.allCases)
  func rolesUnderTheTabs(_ language: Language) {
    let app = Self.withRoles(language)
    assertSnapshot(app.frame.canvas, named: "meeting-roles-\(language.rawValue)-80x24")
  }

  @Test func agendaUsesTheRoomAt120x40() {
    let app = meetingWithNotes(.nl, width: 120, height: 40)
    assertSnapshot(app.frame.canvas, named: "meeting-agenda-nl-120x40")
  }

  @Test(arguments: Language.allCases)
  func agreementForm(_ language: Language) {
    var app = TestApp.meeting(3, language: language)
    app.send(.tab, .tab, .character("a"))
    assertSnapshot(app.frame.canvas, named: "meeting-agreement-form-\(language.rawValue)-80x24")
  }

  @Test func helpOnTheAttendance() {
    var app = TestApp.meeting(3, language: .nl)
    app.send(.tab, .character("?"))
    assertSnapshot(app.frame.canvas, named: "meeting-help-attendance-nl-80x24")
  }

  @Test func reviewForm() {
    var app = TestApp.meeting(3)
    app.send(.tab, .tab, .down, .character("c"), .right, .right, .right, .control("s"))
    assertSnapshot(app.frame.canvas, named: "meeting-review-form-error-en-80x24")
  }
}
