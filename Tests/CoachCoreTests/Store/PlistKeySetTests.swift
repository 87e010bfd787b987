import FuzzSupport
import Testing

@testable import CoachCore

@Suite("Known keys of a stored record")
struct PlistKeySetTests {
  /// The quick check (tags first) says what the set itself says, for keys that share a
  /// tag with a known one: the same length and first seven bytes, or a length 256 longer.
  @Test func findsEveryUnknownKeyASetWouldFind() {
    // The last one shares its tag with its first seven bytes: a tag keeps a length modulo 256.
    let known: PlistKeySet = [
      "id", "day", "meetingID", "participationSince", "note",
      "abcdefg" + String(repeating: "h", count: 256),
    ]
    let names = Array(known.names)
    var random = SeededRandom(seed: 42)
    func variant(of name: String) -> String {
      switch Int.random(in: 0..<7, using: &random) {
      case 6: return String(decoding: Array(name.utf8.prefix(7)), as: UTF8.self)
      case 0: return name
      case 1: return String(name.dropLast()) + "X"  // same tag when longer than 7 bytes
      case 2: return name + "s"
      case 3: return String(name.dropLast())
      case 4: return name + String(repeating: "\u{0}", count: 256)  // length wraps in a tag
      default: return name.uppercased()
      }
    }
    for _ in 0..<3_000 {
      var fields: PlistDictionary = [:]
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        let name = names[Int.random(in: 0..<names.count, using: &random)]
        fields[variant(of: name)] = .integer(1)
      }
      let expected = fields.allSatisfy { known.names.contains($0.key) }
      #expect(fields.hasOnlyKeys(in: known) == expected, "\(fields.keys)")
    }
  }
}
