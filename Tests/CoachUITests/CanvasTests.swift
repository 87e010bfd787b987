import FuzzSupport
import Testing

@testable import CoachUI

@Suite("The canvas and display widths")
struct CanvasTests {
  @Test func widthsOfWhatCoachesType() {
    #expect(DisplayWidth.width(of: "Zoë Dëmeester") == 13)
    #expect(DisplayWidth.width(of: "e\u{301}") == 1)  // e + combining acute
    #expect(DisplayWidth.width(of: "日本") == 4)
    #expect(DisplayWidth.width(of: "🎓") == 2)
    #expect(DisplayWidth.width(of: "👩‍👩‍👧") == 2)  // one cluster, drawn as its first emoji
    #expect(DisplayWidth.width(of: "a\u{200B}b") == 2)  // zero-width space shows nothing
    #expect(DisplayWidth.width(of: "✓ ● ○ ▸ █ ░") == 11)
  }

  /// The quick path for ASCII and Latin letters answers as Unicode's tables would.
  @Test func latinLettersAreOneColumnAsTheyAre() {
    for value in UInt32(0x20)..<0x300 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let glyph = DisplayWidth.glyph(Character(scalar))
      switch value {
      case 0x7F..<0xA0: #expect(glyph.width == 1 && glyph.text != String(scalar))
      case 0xAD: #expect(glyph.text.isEmpty && glyph.width == 0)  // soft hyphen: invisible
      default: #expect(glyph == DisplayWidth.Glyph(text: String(scalar), width: 1))
      }
    }
    #expect(DisplayWidth.width(of: "Agenda: 3 items") == 15)
    #expect(DisplayWidth.width(of: "a\u{AD}b\u{1B}") == 3)
    #expect(DisplayWidth.width(of: "ça\u{301}") == 2)
  }

  @Test func controlCharactersBecomeVisiblePictures() {
    #expect(DisplayWidth.glyph("\u{1B}").text == "␛")
    #expect(DisplayWidth.glyph("\u{7}").text == "␇")
    #expect(DisplayWidth.glyph("\u{7F}").text == "␡")
    #expect(DisplayWidth.glyph("\u{9B}").text == "\u{FFFD}")
    var canvas = Canvas(width: 20, height: 1)
    canvas.write("a\u{1B}[2Jb", x: 0, y: 0)
    #expect(canvas.textRows() == ["a␛[2Jb"])
  }

  @Test func aWideGlyphTakesTwoCellsAndIsNeverCutInHalf() {
    var canvas = Canvas(width: 5, height: 1)
    let used = canvas.write("a日本", x: 0, y: 0)
    #expect(used == 5)
    #expect(canvas[1, 0].text == "日")
    #expect(canvas[2, 0].isContinuation)
    #expect(canvas.textRows() == ["a日本"])
    // Only one column left for a two-column glyph: a blank instead of half a glyph.
    var narrow = Canvas(width: 4, height: 1)
    narrow.write("ab日", x: 1, y: 0)
    #expect(narrow.textRows() == [" ab"])
    #expect(!narrow[3, 0].isContinuation)
  }

  @Test func overwritingHalfOfAWideGlyphClearsTheOtherHalf() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.write("日本", x: 0, y: 0)
    canvas.write("x", x: 1, y: 0)  // lands on the continuation of 日
    #expect(canvas.textRows() == [" x本"])
    canvas.write("y", x: 2, y: 0)  // lands on the start of 本
    #expect(canvas.textRows() == [" xy"])
    #expect(!canvas[3, 0].isContinuation)
  }

  @Test func writingIsClippedToTheRectangle() {
    var canvas = Canvas(width: 10, height: 3)
    let clip = Rect(x: 2, y: 1, width: 4, height: 1)
    canvas.write("abcdefgh", x: 0, y: 1, clip: clip)
    canvas.write("nothing", x: 2, y: 2, clip: clip)
    #expect(canvas.textRows() == ["", "  cdef", ""])
  }

  @Test func truncateFitAndWrapCountColumnsNotCharacters() {
    #expect(DisplayWidth.truncate("日本語の授業", to: 7) == "日本語…")
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
    #expect(DisplayWidth.fit("日本", to: 6) == "日本  ")
    #expect(
      DisplayWidth.wrap("Agreements are followed up before the next meeting", to: 20) == [
        "Agreements are", "followed up before", "the next meeting",
      ])
    #expect(
      DisplayWidth.wrap(String(repeating: "x", count: 25), to: 10) == [
        "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx",
      ])
    #expect(DisplayWidth.wrap("one\n\ntwo", to: 10) == ["one", "", "two"])
  }

  @Test func aLongPathLosesItsFolderNotItsFileName() {
    let path =
      "/home/coach/.local/share/vlgcoach/exports/vlg-handel-kempen-2026-12-08-bijeenkomst-3.md"
    let cut = DisplayWidth.shortenPath(path, to: 60)
    #expect(cut == "/home/coach/…/vlg-handel-kempen-2026-12-08-bijeenkomst-3.md")
    // A name longer than the room stays whole, after “…”.
    #expect(
      DisplayWidth.shortenPath(path, to: 30) == "…/vlg-handel-kempen-2026-12-08-bijeenkomst-3.md")
    #expect(DisplayWidth.shortenPath("short", to: 50) == "short")
    #expect(DisplayWidth.shortenPath("/a/b/c.md", to: 9) == "/a/b/c.md")
  }

  /// Found writing the key fuzz's frame checks: a wide glyph written one column into
  /// another one left that one's second half behind.
  @Test func aWideGlyphOverlappingAnotherLeavesNoHalf() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.write("日本", x: 0, y: 0)
    canvas.write("日", x: 1, y: 0)
    #expect(canvas.textRows() == [" 日"])
    #expect(FrameChecks.problem(canvas, width: 6, height: 1) == nil)
  }

  /// The shortcuts of `width(of:)` give what the glyphs of the text add up to, for texts of
  /// Latin letters mixed with what joins, hides or widens (marks, the soft hyphen, joiners,
  /// CJK, emoji, controls).
  @Test func widthShortcutsAgreeWithTheGlyphs() {
    var random = SeededRandom(seed: 5)
    let pieces = [
      "a", "Z", " ", "é", "ë", "·", "ß", "ʰ", "\u{301}", "\u{AD}", "\u{200D}", "\u{FE0F}", "日",
      "🎓", "\u{7}", "\u{A0}", "ÿ", "—", "\r\n",
    ]
    for _ in 0..<5_000 {
      let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }.joined()
      let glyphs = text.reduce(0) { $0 + DisplayWidth.glyph($1).width }
      #expect(DisplayWidth.width(of: text) == glyphs, "\(text.unicodeScalars.map(\.value))")
    }
  }
}
