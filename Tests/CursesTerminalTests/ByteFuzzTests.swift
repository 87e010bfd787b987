import CoachUI
import Foundation
import FuzzSupport
import Testing

@testable import CursesTerminal

/// The key fuzz where bytes are seen: seeded byte soup (escape sequences cut anywhere,
/// invalid and cut UTF-8, controls, text) must never hold a key back or leak a control
/// into text. VLGCOACH_LONG=1 runs ten times as many.
@Suite("Byte fuzz of the key decoder")
struct ByteFuzzTests {
  static let rounds = FuzzLength.isLong ? 200_000 : 20_000

  /// Bytes that make sequences and characters start, go on and break.
  static let alphabet: [UInt8] =
    [0x1B, 0x1B, 0x5B, 0x5B, 0x4F, 0x31, 0x32, 0x3B, 0x35, 0x7E, 0x41, 0x48, 0x3F, 0x20]
    + [0xC3, 0xA9, 0xE6, 0x97, 0xA5, 0xF0, 0x9F, 0x8E, 0x93, 0xED, 0xA0, 0xC0, 0xFF, 0x80]
    + [0x61, 0x7A, 0x0D, 0x09, 0x7F, 0x03]

  @Test(arguments: [UInt64(1), 2, 3])
  func controlKeysAndTextComeThroughAfterAnyGarbage(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var decoder = ByteKeyDecoder()
    for round in 0..<Self.rounds {
      let garbage = (0..<Int.random(in: 0...8, using: &random)).map { _ in
        Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &random)]
      }
      let keys = garbage.flatMap { decoder.feed($0) }
      for case .character(let character) in keys {
        let scalar = character.unicodeScalars.first?.value ?? 0
        #expect(scalar >= 0x20 && !(0x7F...0x9F).contains(scalar), "seed \(seed) round \(round)")
      }
      // Ctrl-S right after the garbage, without a pause: it must arrive, and last.
      let saved = decoder.feed(0x13)
      #expect(saved.last == .control("s"), "seed \(seed) round \(round): \(garbage) → \(saved)")
      #expect(!decoder.isPending, "seed \(seed) round \(round): \(garbage)")
      if round % 7 == 0 {
        // A pause, then text: exactly the text.
        _ = decoder.flush()
        #expect("日é".utf8.flatMap { decoder.feed($0) } == [.character("日"), .character("é")])
      }
    }
  }
}
