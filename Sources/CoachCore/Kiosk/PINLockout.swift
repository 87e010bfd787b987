import Foundation

/// When the kiosk may take the next PIN. Three wrong PINs in a row make the next try wait
/// 30 seconds after the last of them; every further three double the wait, up to 10
/// minutes. The tries in between are free, so a teacher who mistypes once after a wait is
/// not punished at once. A right PIN forgives everything. Pure: the caller passes the time.
public struct PINLockout: Sendable, Equatable, Codable {
  public static let triesPerRound = 3
  public static let firstWait: TimeInterval = 30
  public static let longestWait: TimeInterval = 10 * 60

  /// Wrong PINs since the last right one.
  public private(set) var consecutiveFailures = 0
  /// When the last of them was typed.
  public private(set) var lastFailure: Date?

  public init() {}

  public mutating func recordFailure(at date: Date) {
    consecutiveFailures += 1
    lastFailure = date
  }

  public mutating func recordSuccess() {
    consecutiveFailures = 0
    lastFailure = nil
  }

  /// Seconds until the next try is allowed; 0 when it is allowed now.
  public func waitRemaining(now: Date) -> TimeInterval {
    guard let lastFailure, consecutiveFailures >= Self.triesPerRound,
      consecutiveFailures % Self.triesPerRound == 0
    else { return 0 }
    let wait = Self.wait(afterRounds: consecutiveFailures / Self.triesPerRound)
    let elapsed = now.timeIntervalSince(lastFailure)
    // A clock set back must not make the wait longer than the rule says.
    return min(wait, max(0, wait - elapsed))
  }

  /// 30 s after the first round, doubled per further round, capped.
  static func wait(afterRounds rounds: Int) -> TimeInterval {
    // Past 5 doublings the cap holds anyway; stopping there keeps the power small.
    let doublings = min(max(rounds - 1, 0), 5)
    return min(firstWait * Double(1 << doublings), longestWait)
  }
}
