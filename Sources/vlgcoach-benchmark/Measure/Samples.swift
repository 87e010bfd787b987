import Foundation

/// Repeated figures of one thing: timings in milliseconds, or amounts in the row's unit.
struct Samples {
  private(set) var values: [Double] = []

  init(_ values: [Double] = []) { self.values = values }

  mutating func add(_ duration: Duration) { values.append(duration.milliseconds) }
  /// A figure in the row's own unit (bytes, megabytes).
  mutating func add(_ value: Double) { values.append(value) }

  /// Enough samples for a p99 that is not simply the slowest one: of 200, the third
  /// slowest. With 20 or 60, one key that lost its CPU to the host would decide it.
  static let forP99 = 200

  var median: Double { percentile(50) }
  /// The nearest-rank percentile: with fewer than 100 samples, p99 is the slowest.
  var p99: Double { percentile(99) }

  func percentile(_ rank: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let position = Int((rank / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(position, 0), sorted.count - 1)]
  }

  /// Times `body` `runs` times.
  static func measure(runs: Int, _ body: () throws -> Void) rethrows -> Samples {
    var samples = Samples()
    let clock = ContinuousClock()
    for _ in 0..<runs { samples.add(try clock.measure(body)) }
    return samples
  }
}

extension Duration {
  var milliseconds: Double {
    Double(components.seconds) * 1e3 + Double(components.attoseconds) / 1e15
  }
}
