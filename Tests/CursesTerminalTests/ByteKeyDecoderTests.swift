import CoachUI
import Testing

@testable import CursesTerminal

/// Byte sequences a terminal may send that the pseudo-terminal tests do not cover.
@Suite("Escape sequences of other terminals, and Esc pressed with other keys")
struct ByteKeyDecoderTests {
  func keys(_ text: String, flushed: Bool = true) -> [Key] {
    var decoder = ByteKeyDecoder()
    let keys = text.utf8.flatMap { decoder.feed($0) }
    return flushed ? keys + decoder.flush() : keys
  }

  @Test func rxvtAndLinuxConsoleKeys() {
    #expect(
      keys("\u{1B}[a\u{1B}[b\u{1B}[2$\u{1B}[5^\u{1B}[7~\u{1B}[8~") == [
        .shiftUp, .shiftDown, .pageUp, .home, .end,
      ])
    #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
    // Found by the byte fuzz: a control key right after a cut `ESC [ [` was eaten.
    #expect(keys("\u{1B}[[\u{13}") == [.control("s")])
    #expect(keys("\u{1B}O5A\u{1B}OM\u{1B}Op") == [.up, .enter, .character("0")])
  }

  @Test func escWithAControlKeyKeepsBoth() {
    #expect(keys("\u{1B}\u{03}") == [.escape, .control("c")])
    #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
    #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
  }

  @Test func altWithACharacterTypesNothing() {
    #expect(keys("\u{1B}y\u{1B}é\u{1B}日x") == [.character("x")])
  }

  @Test func aGarbledSequenceGivesWayToTheKeyThatBrokeIt() {
    #expect(keys("\u{1B}[1;\u{13}") == [.control("s")])
    #expect(keys("\u{1B}[1é") == [.character("é")])
  }

  @Test func anOverlongSequenceIsReadToItsEndAndDropped() {
    let long = "\u{1B}[" + String(repeating: "1;", count: 40) + "A"
    #expect(keys(long + "x") == [.character("x")])
  }

  @Test func onlyABegunSequenceOrCharacterIsPending() {
    var decoder = ByteKeyDecoder()
    #expect(!decoder.isPending)
    _ = decoder.feed(0x1B)
    #expect(decoder.isPending)
    #expect(decoder.feed(UInt8(ascii: "[")).isEmpty)
    #expect(decoder.feed(UInt8(ascii: "B")) == [.down])
    #expect(!decoder.isPending)
    _ = decoder.feed(0xE6)
    #expect(decoder.isPending)
    #expect(decoder.flush() == [.character("\u{FFFD}")])
    #expect(!decoder.isPending)
  }
}
