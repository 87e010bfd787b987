import CoachCore
import Foundation

extension Reducer {
  // SCAFFOLD: replaced by the live meeting's own handling.
  static func handleLive(_ key: Key, _ screen: LiveMeetingScreen, _ state: inout AppState)
    -> [Effect]
  {
    if key == .escape { popRoute(&state) }
    return []
  }
}
