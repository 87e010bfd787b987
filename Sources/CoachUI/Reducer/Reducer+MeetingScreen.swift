import CoachCore
import Foundation

extension Reducer {
  // SCAFFOLD: replaced by the meeting screen's own handling.
  static func handleMeetingScreen(_ key: Key, _ screen: MeetingScreen, _ state: inout AppState)
    -> [Effect]
  {
    if key == .escape || key == .character("q") { popRoute(&state) }
    return []
  }
}
