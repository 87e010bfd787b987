import Foundation
import Testing

/// `vlgcoach-benchmark --quick`: what CI runs so the benchmark keeps working (every suite on
/// small archives, the real binary in a pseudo-terminal). Its timings are not judged here:
/// a shared machine is too noisy for that; BENCHMARKS.md holds the figures.
@Suite("The benchmark in its quick mode")
struct BenchmarkQuickEndToEndTests {
  @Test("Every budget's suite runs and gives its rows")
  func everySuiteRuns() async throws {
    let scratch = try Scratch()
    let benchmark = try VLGCoachBinary.url().deletingLastPathComponent()
      .appendingPathComponent("vlgcoach-benchmark")
    let run = try await runCommand(
      benchmark, ["--quick", "--archives", scratch.store.path],
      environment: scratch.environment(), timeout: .seconds(600))
    #expect(run.status == 0, "\(run)")
    let rows = run.stdout.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| #")
    }
    for budget in 1...9 {
      #expect(
        rows.contains { $0.hasPrefix("| \(budget) |") }, "no row for budget \(budget): \(run)")
    }
    // Every row has a measured figure, not a placeholder.
    for row in rows {
      let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(cells.count >= 6 && cells[3] != "— ms" && !cells[3].hasPrefix("nan"), "\(row)")
    }
  }
}
