import Foundation

/// One line of the table: what was measured, on which archive, and its budget.
struct BudgetRow {
  enum Limit {
    /// The p99 (or the single figure) must stay at or under this many milliseconds.
    case milliseconds(Double, of: Statistic)
    /// At most this many bytes or megabytes; `unit` says which.
    case amount(Double, unit: String)
    /// No budget: a figure for comparison.
    case none

    enum Statistic { case median, p99 }
  }

  var budget: Int
  var what: String
  var archive: String
  var median: Double
  var p99: Double
  var unit = "ms"
  var limit: Limit
  /// A budget relative to another figure, shown as written ("≤ 1.5 × empty").
  var limitText: String?

  var isMet: Bool? {
    switch limit {
    case .none: nil
    case .milliseconds(let limit, let statistic): (statistic == .p99 ? p99 : median) <= limit
    case .amount(let limit, _): p99 <= limit
    }
  }

  var budgetText: String {
    if let limitText { return limitText }
    switch limit {
    case .none: return "—"
    case .milliseconds(let limit, let statistic):
      return "\(statistic == .p99 ? "p99" : "median") ≤ \(Self.number(limit)) ms"
    case .amount(let limit, let unit): return "≤ \(Self.number(limit)) \(unit)"
    }
  }

  static func number(_ value: Double) -> String {
    if value.isNaN { return "—" }
    if value >= 100 || value == value.rounded() { return String(format: "%.0f", value) }
    if value >= 10 { return String(format: "%.1f", value) }
    return String(format: "%.2f", value)
  }
}
