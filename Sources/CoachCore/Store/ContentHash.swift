import Foundation

/// A hash of a file's bytes, to tell whether they changed. The same in every run (Swift's
/// `Hasher` is seeded per process, so `check` could not keep it), and fast enough to read a
/// large archive's every byte: four independent lanes of eight bytes, so that one
/// multiplication need not wait for the one before. One hash for both uses (the
/// outside-change check and `check`'s marks), so a file read for both is hashed once.
enum ContentHash {
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  static func of(_ data: Data) -> UInt64 {
    data.withUnsafeBytes { raw in
      var lanes: (UInt64, UInt64, UInt64, UInt64) = (
        0xcbf2_9ce4_8422_2325, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9,
        0x94D0_49BB_1331_11EB
      )
      let blocks = raw.count / 32
      for block in 0..<blocks {
        let offset = block * 32
        lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
        lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
        lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
      }
      var value = lanes.0 ^ rotated(lanes.1, 17) ^ rotated(lanes.2, 31) ^ rotated(lanes.3, 47)
      for byte in raw[(blocks * 32)...] {
        value = (value ^ UInt64(byte)) &* prime
      }
      return mix(value, UInt64(raw.count))
    }
  }

  @inline(__always)
  private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    let product = (lane ^ word) &* prime
    return product ^ (product >> 29)
  }

  @inline(__always)
  private static func rotated(_ value: UInt64, _ bits: UInt64) -> UInt64 {
    value << bits | value >> (64 - bits)
  }
}
