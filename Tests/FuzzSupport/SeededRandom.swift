import Foundation

/// SplitMix64: a seeded generator, so that every fuzz failure can be replayed from its seed on
/// any machine and Swift version (which `SystemRandomNumberGenerator` cannot). Shared by
/// every test target that fuzzes.
public struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// How many rounds a fuzz test runs: a few seconds by default, long with VLGCOACH_LONG=1.
public enum FuzzLength {
  public static var isLong: Bool {
    ProcessInfo.processInfo.environment["VLGCOACH_LONG"] == "1"
  }

  public static func rounds(short: Int, long: Int) -> Int { isLong ? long : short }
}
