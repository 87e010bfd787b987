import CoachCore
import Foundation

extension Reducer {
  // SCAFFOLD: replaced by the follow-up screen's own handling.
  static func handleFollowUp(_ key: Key, _ screen: FollowUpScreen, _ state: inout AppState)
    -> [Effect]
  {
    if key == .escape || key == .character("q") { popRoute(&state) }
    return []
  }
}
