import CoachCore

// SCAFFOLD: replaced by the meeting screen's view.
enum MeetingScreenView {
  static func render(_ state: AppState, _ screen: MeetingScreen, _ canvas: inout Canvas) -> Frame.Cursor? {
    nil
  }
}

extension KeyHints {
  static func meetingScreenHints(_ screen: MeetingScreen, _ state: AppState) -> [KeyHint] { [] }
}
