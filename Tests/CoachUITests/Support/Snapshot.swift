import Foundation
import Testing

/// Compares screen rows with a golden file in `Snapshots/`. Set VLGCOACH_RECORD=1 to
/// (re)write the golden files; a missing one is written and the test fails once.
func assertSnapshot(
  _ rows: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = snapshotFolder
  let url = folder.appendingPathComponent(name + ".txt")
  let actual = rows.joined(separator: "\n") + "\n"
  let record = ProcessInfo.processInfo.environment["VLGCOACH_RECORD"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      "Recorded snapshot \(name); check it and run again.", sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let expectedRows = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualRows = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var diff: [String] = []
    for index in 0..<max(expectedRows.count, actualRows.count) {
      let e = index < expectedRows.count ? String(expectedRows[index]) : "<none>"
      let a = index < actualRows.count ? String(actualRows[index]) : "<none>"
      if e != a { diff.append("row \(index)\n  expected: \(e)\n  actual:   \(a)") }
    }
    Issue.record(
      Comment(
        rawValue: "Snapshot \(name) differs:\n" + Array(diff.prefix(8)).joined(separator: "\n")),
      sourceLocation: sourceLocation)
  }
}

/// `Tests/CoachUITests/Snapshots`, found from this file's own path.
private let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Snapshots")
