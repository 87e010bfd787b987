import CNcursesw
import CoachUI
import Testing

@testable import CursesTerminal

@Suite("What wget_wch returns becomes the key the reducer expects")
struct KeyDecodingTests {
  func character(_ code: UInt32) -> Key? {
    KeyDecoding.decode(status: OK, code: code)
  }

  func keyCode(_ code: Int32) -> Key? {
    KeyDecoding.decode(status: vlg_key_code_yes(), code: UInt32(bitPattern: code))
  }

  @Test func controlCharacters() {
    #expect(character(13) == .enter)
    #expect(character(10) == .enter)
    #expect(character(27) == .escape)
    #expect(character(9) == .tab)
    #expect(character(127) == .backspace)
    #expect(character(8) == .backspace)
    #expect(character(3) == .control("c"))
    #expect(character(18) == .control("r"))
    #expect(character(19) == .control("s"))
    #expect(character(21) == .control("u"))
  }

  @Test func printableCharactersIncludingAccentsAndWideGlyphs() {
    #expect(character(0x61) == .character("a"))
    #expect(character(0xEB) == .character("ë"))
    #expect(character(0x65E5) == .character("日"))
    #expect(character(0x1F393) == .character("🎓"))
  }

  @Test func c1ControlsNeverBecomeText() {
    #expect(character(0x9B) == nil)  // CSI, a one-byte escape sequence
    #expect(character(0x85) == nil)
    #expect(character(0x1C) == nil)
  }

  @Test func keyCodes() {
    #expect(keyCode(vlg_key_up()) == .up)
    #expect(keyCode(vlg_key_down()) == .down)
    #expect(keyCode(vlg_key_left()) == .left)
    #expect(keyCode(vlg_key_right()) == .right)
    #expect(keyCode(vlg_key_btab()) == .backTab)
    #expect(keyCode(vlg_key_ppage()) == .pageUp)
    #expect(keyCode(vlg_key_npage()) == .pageDown)
    #expect(keyCode(vlg_key_home()) == .home)
    #expect(keyCode(vlg_key_end()) == .end)
    #expect(keyCode(vlg_key_dc()) == .delete)
    #expect(keyCode(vlg_key_backspace()) == .backspace)
    #expect(keyCode(vlg_key_enter()) == .enter)
    #expect(keyCode(vlg_key_sr()) == .shiftUp)
    #expect(keyCode(vlg_key_sf()) == .shiftDown)
    #expect(keyCode(vlg_key_f(5)) == .function(5))
  }

  @Test func extendedCodesComeFromTheTerminalDescription() {
    let shiftUp: Int32 = 600
    #expect(keyCode(shiftUp) == nil)
    let decoded = KeyDecoding.decode(
      status: vlg_key_code_yes(), code: UInt32(shiftUp), extended: [shiftUp: .shiftUp])
    #expect(decoded == .shiftUp)
  }

  @Test func errorsAreNoKey() {
    #expect(KeyDecoding.decode(status: ERR, code: 0) == nil)
  }
}
