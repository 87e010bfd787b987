import Foundation

/// New ids for communities and members, made inside the reducer without randomness: a base
/// chosen by the runtime at start-up plus a counter. Keeps `reduce` a pure function.
public struct IDGenerator: Equatable, Sendable {
  private let base: UUID
  private var counter: UInt64 = 0

  public init(base: UUID) {
    self.base = base
  }

  public mutating func next() -> UUID {
    counter += 1
    var bytes = base.uuid
    // The counter goes into the last eight bytes; the version and variant bits stay.
    withUnsafeMutableBytes(of: &bytes) { raw in
      for index in 0..<8 {
        raw[15 - index] ^= UInt8(truncatingIfNeeded: counter >> (8 * UInt64(index)))
      }
    }
    return UUID(uuid: bytes)
  }
}
