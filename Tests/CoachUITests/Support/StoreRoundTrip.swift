import CoachCore
import Foundation

/// Saves communities with the program's own store into a temporary folder and reads them
/// back: nil when every one comes back equal, else what differed.
enum StoreRoundTrip {
  static func problem(_ communities: [Community]) -> String? {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vlgcoach-fuzz-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      let store = try PropertyListStore(directory: folder)
      for community in communities { try store.save(community) }
      let reopened = try PropertyListStore(directory: folder)
      for community in communities {
        let read = try reopened.community(community.id)
        if read != community { return "\(community.name.debugDescription) came back different" }
      }
      if reopened.summaries.count != communities.count {
        return "\(reopened.summaries.count) of \(communities.count) communities in the index"
      }
    } catch {
      return "\(error)"
    }
    return nil
  }
}
