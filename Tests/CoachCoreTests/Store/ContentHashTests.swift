import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

@Suite("The hash that tells whether a file's bytes changed")
struct ContentHashTests {
  /// Every length around the four lanes' block of 32 bytes; each byte changed in turn, and
  /// one byte added or removed, gives another hash; the same bytes give the same one.
  @Test func everyOneByteChangeIsSeen() {
    var random = SeededRandom(seed: 3)
    for length in 0..<100 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
      let hash = ContentHash.of(Data(bytes))
      #expect(ContentHash.of(Data(bytes)) == hash)
      for position in bytes.indices {
        var changed = bytes
        changed[position] ^= UInt8.random(in: 1...255, using: &random)
        #expect(ContentHash.of(Data(changed)) != hash, "length \(length), byte \(position)")
      }
      #expect(ContentHash.of(Data(bytes + [0])) != hash, "length \(length), a zero added")
      if !bytes.isEmpty {
        #expect(ContentHash.of(Data(bytes.dropLast())) != hash, "length \(length), one less")
      }
    }
  }
}
