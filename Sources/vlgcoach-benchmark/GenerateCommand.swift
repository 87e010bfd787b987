import CoachCore
import Foundation

/// `vlgcoach-benchmark generate --realistic DIR | --stress DIR [--seed N]`.
enum GenerateCommand {
  static let usage =
    "usage: vlgcoach-benchmark generate (--realistic DIR | --stress DIR) [--seed N]"

  /// The exit code: 0 written, 1 refused (a folder that is not empty), 2 bad arguments.
  static func run(_ arguments: [String]) -> Int32 {
    var size: ArchiveGenerator.Size?
    var folder: String?
    var seed: UInt64 = 1
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--realistic", "--stress":
        size = argument == "--realistic" ? .realistic : .stress
        folder = rest.popFirst()
      case "--seed":
        guard let value = rest.popFirst().flatMap(UInt64.init) else { return fail(usage, 2) }
        seed = value
      default:
        return fail(usage, 2)
      }
    }
    guard let size, let folder else { return fail(usage, 2) }
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    // Never into a store that holds a coach's work: only a new or empty folder.
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path),
      !entries.isEmpty
    {
      return fail("\(folder) is not empty; give a new or empty folder.", 1)
    }
    let clock = ContinuousClock()
    let start = clock.now
    do {
      let store = try PropertyListStore(directory: url)
      let now = Date()
      var generator = ArchiveGenerator(
        size: size, random: SeededRandom(seed: seed), today: CalendarDay(now, in: .current),
        now: now)
      let (meetings, agreements) = try generator.write(to: store)
      let seconds =
        Double((clock.now - start).components.seconds)
        + Double((clock.now - start).components.attoseconds) / 1e18
      print(
        "\(folder): \(size.communities) communities, \(meetings) meetings, \(agreements)"
          + " agreements, \(bytes(in: url) / 1024) KiB, written in "
          + String(format: "%.1f s", seconds) + " (seed \(seed))")
      return 0
    } catch {
      return fail("could not write \(folder): \(error)", 1)
    }
  }

  private static func fail(_ message: String, _ code: Int32) -> Int32 {
    FileHandle.standardError.write(Data(("vlgcoach-benchmark: " + message + "\n").utf8))
    return code
  }

  /// The bytes of every file under `url`.
  private static func bytes(in url: URL) -> Int {
    guard let files = FileManager.default.enumerator(atPath: url.path) else { return 0 }
    var total = 0
    for case let path as String in files {
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: url.appendingPathComponent(path).path)
      total += (attributes?[.size] as? Int) ?? 0
    }
    return total
  }
}
