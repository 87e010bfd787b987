import CoachCore
import Foundation

/// Budget 4: saving after one edit (the community file written atomically with fsync, and the
/// index), on each archive: the same edit on the largest community, and on a small one.
enum SaveBenchmark {
  static let limit = 15.0

  static func run(_ archives: Archives, runs: Int) throws -> [BudgetRow] {
    try archives.archives.map { archive in
      let store = try PropertyListStore(directory: archive.folder)
      guard let id = OpenCommunityBenchmark.largestCommunity(in: store) else {
        throw BenchmarkFailure("\(archive.name) has no community")
      }
      var community = try store.community(id)
      let subject = community.subject
      var samples = Samples()
      var caches = Samples()
      // The disk's own share, by turns with the saves so both meet the same disk: the bytes
      // just saved, written again atomically with fsync beside them.
      var disk = Samples()
      let file = store.communityURL(id)
      let scratch = file.deletingLastPathComponent().appendingPathComponent(".benchmark-disk")
      defer { try? FileManager.default.removeItem(at: scratch) }
      let clock = ContinuousClock()
      // As the program saves: the index and the follow-up digest after the frame.
      store.defersCaches = true
      // An edit and its undo by turns, so the archive ends as it began.
      for run in 0..<(runs + runs % 2) {
        community.subject = run % 2 == 0 ? subject + " (2)" : subject
        let start = clock.now
        try store.save(community)
        samples.add(clock.now - start)
        let after = clock.now
        store.writePendingCaches()
        caches.add(clock.now - after)
        let bytes = try Data(contentsOf: file)
        let written = clock.now
        try AtomicFile.write(bytes, to: scratch)
        disk.add(clock.now - written)
      }
      return [
        BudgetRow(
          budget: 4, what: "save after one edit, largest community, fsync",
          archive: archive.name, median: samples.median, p99: samples.p99,
          limit: .milliseconds(limit, of: .p99)),
        BudgetRow(
          budget: 4, what: "… the disk alone: the same bytes written again with fsync",
          archive: archive.name, median: disk.median, p99: disk.p99, limit: .none),
        BudgetRow(
          budget: 4, what: "… then the index and the follow-up digest, after the frame",
          archive: archive.name, median: caches.median, p99: caches.p99, limit: .none),
      ]
    }.flatMap { $0 }
  }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
