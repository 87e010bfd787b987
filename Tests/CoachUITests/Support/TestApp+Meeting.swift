import CoachCore
import Foundation

@testable import CoachUI

/// The meeting screen of the demo's commerce community (“VLG Handel Kempen”: meeting 1 and
/// 2 held, 3 to come on 8 Dec 2026).
extension TestApp {
  static func meeting(
    _ number: Int, language: Language = .en, width: Int = 80, height: Int = 24
  ) -> TestApp {
    var app = TestApp.demo(language: language, width: width, height: height)
    app.send(.down, .enter, .tab, .tab, .home)
    for _ in 1..<number { app.send(.down) }
    app.send(.enter)
    return app
  }

  var commerce: Community? { stored(named: "VLG Handel Kempen") }

  func storedMeeting(_ number: Int) -> Meeting? { commerce?.meeting(number: number) }

  var meetingScreen: MeetingScreen? {
    if case .meeting(let screen) = state.route { return screen }
    return nil
  }

  var openForm: FormState? {
    if case .form(let form) = state.overlays.last { return form }
    return nil
  }
}
