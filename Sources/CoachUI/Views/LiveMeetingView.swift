import CoachCore

// SCAFFOLD: replaced by the live meeting's view.
enum LiveMeetingView {
  static func render(_ state: AppState, _ screen: LiveMeetingScreen, _ canvas: inout Canvas) -> Frame.Cursor? {
    nil
  }
}

extension KeyHints {
  static func liveHints(_ screen: LiveMeetingScreen, _ state: AppState) -> [KeyHint] { [] }
}
