import CoachUI
import Testing

@testable import CursesTerminal

/// Bytes typed into a real ncurses screen on a pseudo-terminal, read back as keys: the
/// whole input path, from the terminal's bytes to the reducer's keys. Serialized: ncurses
/// has one current screen per process.
@Suite("Bytes from the terminal become the keys meant", .serialized)
struct TerminalKeyInputTests {
  static let replacement = Key.character("\u{FFFD}")

  func keys(after bytes: [UInt8]) throws -> [Key] {
    let terminal = try PseudoTerminal()
    terminal.type(bytes)
    return terminal.keys()
  }

  func keys(after text: String) throws -> [Key] { try keys(after: Array(text.utf8)) }

  @Test func aLatin1ByteFromAPasteHoldsNoKeyBack() throws {
    // é in Latin-1, then Ctrl-S; é, then Ctrl-C; é, then Esc.
    #expect(try keys(after: [0xE9, 0x13]) == [Self.replacement, .control("s")])
    #expect(try keys(after: [0xE9, 0x03]) == [Self.replacement, .control("c")])
    #expect(try keys(after: [0xE9, 0x1B]) == [Self.replacement, .escape])
    #expect(
      try keys(after: [0xE9, 0x61, 0x62]) == [Self.replacement, .character("a"), .character("b")])
  }

  @Test func aLoneLeadByteBeforeAnASCIIByteIsReplacedAndTheByteKept() throws {
    #expect(try keys(after: [0xC3, 0x41]) == [Self.replacement, .character("A")])
    #expect(try keys(after: [0xF0, 0x9F, 0x0D]) == [Self.replacement, .enter])
  }

  @Test func overlongEncodingsAndSurrogatesAreReplaced() throws {
    // Each maximal ill-formed part is one U+FFFD (Unicode's recommended practice).
    #expect(
      try keys(after: [0xC0, 0xAF, 0x61]) == [Self.replacement, Self.replacement, .character("a")])
    #expect(
      try keys(after: [0xE0, 0x80, 0xAF, 0x61])
        == [Self.replacement, Self.replacement, Self.replacement, .character("a")])
    #expect(
      try keys(after: [0xED, 0xA0, 0x80, 0x61])
        == [Self.replacement, Self.replacement, Self.replacement, .character("a")])
    #expect(try keys(after: [0xF5, 0x61]) == [Self.replacement, .character("a")])
  }

  @Test func aPasteArrivesWholeAndInOrder() throws {
    let piece = "Zoë 日本 🎓 e\u{301} naïve; "
    let paste = String(repeating: piece, count: 200)
    let expected = paste.unicodeScalars.map { Key.character(Character($0)) }
    #expect(try keys(after: paste) == expected)
  }

  @Test func arrowsInBothCursorKeyModes() throws {
    #expect(
      try keys(after: "\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD")
        == [.up, .down, .right, .left, .up, .down, .right, .left])
  }

  @Test func homeAndEndInEveryForm() throws {
    #expect(
      try keys(after: "\u{1B}OH\u{1B}OF\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~")
        == [.home, .end, .home, .end, .home, .end, .home, .end])
  }

  @Test func otherNavigationKeys() throws {
    #expect(
      try keys(after: "\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[Z\u{1B}OP\u{1B}[15~\u{1B}[24~")
        == [.pageUp, .pageDown, .delete, .backTab, .function(1), .function(5), .function(12)])
  }

  @Test func modifiedKeysAreDecodedAndTypeNothing() throws {
    #expect(
      try keys(after: "\u{1B}[1;2A\u{1B}[1;2B\u{1B}[1;5A\u{1B}[1;5C\u{1B}[1;3D\u{1B}[3;5~")
        == [.shiftUp, .shiftDown, .up, .right, .left, .delete])
  }

  @Test func aCutEscapeSequenceIsStillEsc() throws {
    #expect(try keys(after: [0x1B]) == [.escape])
    let terminal = try PseudoTerminal()
    terminal.type([0x1B])
    #expect(terminal.keys() == [.escape])
    terminal.type("q")
    #expect(terminal.keys() == [.character("q")])
  }

  @Test func unknownEscapeSequencesTypeNothing() throws {
    #expect(try keys(after: "\u{1B}[99z\u{1B}[?1;2c\u{1B}O~\u{1B}[200~x") == [.character("x")])
    // Alt-y must not answer a question with yes.
    #expect(try keys(after: "\u{1B}y\u{1B}j") == [])
  }
}
