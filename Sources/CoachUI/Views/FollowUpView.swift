import CoachCore

// SCAFFOLD: replaced by the follow-up view.
enum FollowUpView {
  static func render(_ state: AppState, _ screen: FollowUpScreen, _ canvas: inout Canvas) {}
}

extension KeyHints {
  static func followUpHints(_ screen: FollowUpScreen, _ state: AppState) -> [KeyHint] { [] }
}
