import Foundation

/// The table BENCHMARKS.md shows: one row per figure, Markdown so it can be pasted.
enum BudgetTable {
  static func markdown(_ rows: [BudgetRow]) -> String {
    var lines = [
      "| # | what | archive | median | p99 | budget | met |",
      "|---|------|---------|-------:|----:|--------|-----|",
    ]
    for row in rows {
      let met = row.isMet.map { $0 ? "yes" : "**no**" } ?? "—"
      lines.append(
        "| \(row.budget) | \(row.what) | \(row.archive) | \(value(row.median, row.unit)) | "
          + "\(value(row.p99, row.unit)) | \(row.budgetText) | \(met) |")
    }
    return lines.joined(separator: "\n")
  }

  private static func value(_ number: Double, _ unit: String) -> String {
    "\(BudgetRow.number(number)) \(unit)"
  }
}
