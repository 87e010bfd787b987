import CoachCore
import Foundation

/// The stores the benchmark measures: an empty one, and the generated archives (made once
/// and kept in a folder of their own, so a second run starts at once).
struct Archives {
  struct Store {
    var name: String
    var folder: URL
  }

  var empty: Store
  var realistic: Store
  var stress: Store

  var all: [Store] { [empty, realistic, stress] }
  var archives: [Store] { [realistic, stress] }

  /// Generates what is missing under `folder`. `quick`: small archives, for CI.
  static func prepare(in folder: URL, quick: Bool, log: (String) -> Void) throws -> Archives {
    let sizes: (realistic: ArchiveGenerator.Size, stress: ArchiveGenerator.Size) =
      quick ? (.quick, .quick) : (.realistic, .stress)
    let archives = Archives(
      empty: Store(name: "empty", folder: folder.appendingPathComponent("empty")),
      realistic: Store(
        name: quick ? "realistic (quick)" : "realistic",
        folder: folder.appendingPathComponent(quick ? "quick-realistic" : "realistic")),
      stress: Store(
        name: quick ? "stress (quick)" : "stress",
        folder: folder.appendingPathComponent(quick ? "quick-stress" : "stress")))
    try FileManager.default.createDirectory(
      at: archives.empty.folder, withIntermediateDirectories: true)
    for (store, size) in [(archives.realistic, sizes.realistic), (archives.stress, sizes.stress)] {
      // Beside the store, not in it: the store holds only what vlgcoach writes.
      let marker = store.folder.appendingPathExtension("complete")
      let made = FileManager.default.contents(atPath: marker.path).map {
        String(decoding: $0, as: UTF8.self)
      }
      if made == ArchiveGenerator.version { continue }
      try? FileManager.default.removeItem(at: store.folder)
      log("generating the \(store.name) archive in \(store.folder.path) …")
      let opened = try PropertyListStore(directory: store.folder)
      let now = Date()
      var generator = ArchiveGenerator(
        size: size, random: SeededRandom(seed: 1), today: CalendarDay(now, in: .current),
        now: now)
      _ = try generator.write(to: opened)
      _ = FileManager.default.createFile(
        atPath: marker.path, contents: Data(ArchiveGenerator.version.utf8))
    }
    return archives
  }
}
