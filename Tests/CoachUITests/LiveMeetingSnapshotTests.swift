import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The live meeting as the room sees it on the projector.
@Suite("The live meeting as text")
struct LiveMeetingSnapshotTests {
  static func at(_ minutes: Double) -> Date { TestApp.now.addingTimeInterval(minutes * 60) }

  /// Meeting 3 half-way: the opening took 4 minutes, the review 18, and the critical
  /// discussion runs with a note and a decision.
  static func inProgress(_ language: Language, width: Int = 80, height: Int = 24) -> TestApp {
    var app = LiveMeetingTests.live(language, width: width, height: height)
    app.dispatch(.tick(now: at(4)))
    app.send(.character("n"))
    app.dispatch(.tick(now: at(22)))
    app.send(.character("n"), .character("t"))
    app.type("Ahmed toont zijn casus; discussie over evaluatiecriteria.")
    app.send(.enter, .character("b"))
    app.type("Criteria uitwerken in deelgroep tegen de volgende keer.")
    app.send(.enter)
    app.dispatch(.tick(now: at(34).addingTimeInterval(7)))
    return app
  }

  /// Who is there: Zoë, Jan, Ahmed and Bram present, Els excused, Marie late, Sofie not
  /// recorded; the selection stays on Marie.
  static func markAttendance(_ app: inout TestApp) {
    app.send(.character("A"), .character(" "), .down, .character(" "), .down)
    for _ in 0..<4 { app.send(.character(" ")) }
    app.send(.down, .character(" "), .down, .down, .character(" "), .up)
    app.send(.character(" "), .character(" "))
  }

  @Test(arguments: Language.allCases)
  func runningItem(_ language: Language) {
    for (width, height) in ScreenSnapshotTests.sizes {
      let app = Self.inProgress(language, width: width, height: height)
      assertSnapshot(app.frame.canvas, named: "live-\(language.rawValue)-\(width)x\(height)")
    }
  }

  /// The roles on the agenda's line, first names at 80 columns (full ones do not fit).
  @Test(arguments: Language.allCases)
  func roles(_ language: Language) {
    var app = MeetingScreenSnapshotTests.withRoles(language)
    app.send(.character("m"), .character("y"))
    app.state.flash = nil
    assertSnapshot(app.frame.canvas, named: "live-roles-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func overrun(_ language: Language) {
    var app = Self.inProgress(language)
    app.dispatch(.tick(now: Self.at(69.5)))
    assertSnapshot(app.frame.canvas, named: "live-overrun-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func attendancePanel(_ language: Language) {
    for (width, height) in ScreenSnapshotTests.sizes {
      var app = Self.inProgress(language, width: width, height: height)
      Self.markAttendance(&app)
      assertSnapshot(
        app.frame.canvas, named: "live-attendance-\(language.rawValue)-\(width)x\(height)")
    }
  }

  @Test func agreementForm() {
    var app = Self.inProgress(.nl)
    app.send(.character("h"), .tab)
    app.type("Casus van Marie vooraf lezen")
    app.send(.tab)
    app.type("Xavier")
    app.send(.control("s"))
    assertSnapshot(app.frame.canvas, named: "live-agreement-error-nl-80x24")
  }
}
