import CoachUI
import Testing

@testable import CursesTerminal

@Suite("A decoded character becomes the key the reducer expects")
struct KeyDecodingTests {
  func key(_ code: UInt32) -> Key? {
    Unicode.Scalar(code).flatMap(KeyDecoding.key)
  }

  @Test func controlCharacters() {
    #expect(key(13) == .enter)
    #expect(key(10) == .enter)
    #expect(key(27) == .escape)
    #expect(key(9) == .tab)
    #expect(key(127) == .backspace)
    #expect(key(8) == .backspace)
    #expect(key(3) == .control("c"))
    #expect(key(18) == .control("r"))
    #expect(key(19) == .control("s"))
    #expect(key(21) == .control("u"))
    #expect(key(0) == nil)
  }

  @Test func printableCharactersIncludingAccentsAndWideGlyphs() {
    #expect(key(0x61) == .character("a"))
    #expect(key(0xEB) == .character("ë"))
    #expect(key(0x65E5) == .character("日"))
    #expect(key(0x1F393) == .character("🎓"))
    #expect(key(0x301) == .character("\u{301}"))
  }

  @Test func c1ControlsNeverBecomeText() {
    #expect(key(0x9B) == nil)  // CSI, a one-byte escape sequence
    #expect(key(0x85) == nil)
    #expect(key(0x1C) == nil)
  }
}
