import Foundation

/// A hash of a file's bytes, to tell whether they changed: FNV-1a, eight bytes at a time. The
/// same in every run (Swift's `Hasher` is seeded per process, so `check` could not keep it),
/// and fast enough to read a large archive's every byte. One hash for both uses (the
/// outside-change check and `check`'s marks), so a file read for both is hashed once.
enum ContentHash {
  static func of(_ data: Data) -> UInt64 {
    data.withUnsafeBytes { raw in
      let prime: UInt64 = 0x0000_0100_0000_01B3
      var value: UInt64 = 0xcbf2_9ce4_8422_2325
      let words = raw.count / 8
      for index in 0..<words {
        let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
        value = (value ^ word) &* prime
        value ^= value >> 29
      }
      for byte in raw[(words * 8)...] {
        value = (value ^ UInt64(byte)) &* prime
      }
      return value
    }
  }
}
