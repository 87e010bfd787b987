import CoachUI
import Foundation
import Testing

/// Compares a screen — its text and the style of every cell — with a golden file in
/// `Snapshots/`. Set VLGCOACH_RECORD=1 to (re)write the golden files; a missing one is
/// written and the test fails once. The file's layout is `SnapshotFile`, the style codes
/// are `StyleLayer`'s.
func assertSnapshot(
  _ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = snapshotFolder
  let url = folder.appendingPathComponent(name + ".txt")
  let actual = SnapshotFile(canvas)
  let record = ProcessInfo.processInfo.environment["VLGCOACH_RECORD"] == "1"
  guard !record, let recorded = try? String(contentsOf: url, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.contents.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      "Recorded snapshot \(name); check it and run again.", sourceLocation: sourceLocation)
    return
  }
  guard recorded != actual.contents else { return }
  let diff = SnapshotDiff.lines(expected: SnapshotFile(parsing: recorded), actual: actual)
  Issue.record(
    Comment(
      rawValue: "Snapshot \(name) differs (VLGCOACH_RECORD=1 re-records if intended):\n"
        + diff.joined(separator: "\n")),
    sourceLocation: sourceLocation)
}

/// `Tests/CoachUITests/Snapshots`, found from this file's own path.
private let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Snapshots")
