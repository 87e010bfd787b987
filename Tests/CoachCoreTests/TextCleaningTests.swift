import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

@Suite("TextCleaning")
struct TextCleaningTests {
  // MARK: the quick path

  /// A text the byte check calls clean is one the full cleaning leaves as it is, for every
  /// scalar up to U+3100 and the odd ones above, in the middle and at either end.
  @Test func theQuickCheckNeverPassesATextTheCleaningWouldChange() {
    let odd: [UInt32] = [0xFEFF, 0xFFFE, 0xFFFF, 0xFFFD, 0x1F600, 0x20000, 0xE0001]
    for value in Array(UInt32(0)..<0x3100) + odd {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let c = String(Character(scalar))
      for text in ["a\(c)b", "\(c)ab", "ab\(c)", "Zoë \(c) Dëmeester", c] {
        if TextCleaning.isClean(text, allowingLineBreaks: false) {
          #expect(TextCleaning.cleanedLine(text) == text, "U+\(String(value, radix: 16))")
        }
        if TextCleaning.isClean(text, allowingLineBreaks: true) {
          #expect(TextCleaning.cleanedMultiline(text) == text, "U+\(String(value, radix: 16))")
        }
      }
    }
    #expect(TextCleaning.isClean("Zoë Dëmeester, 日本", allowingLineBreaks: false))
    #expect(TextCleaning.isClean("two\nlines", allowingLineBreaks: true))
    #expect(!TextCleaning.isClean("two\nlines", allowingLineBreaks: false))
  }

  // MARK: line

  @Test func dropsTheEscapeOfAnANSISequenceButKeepsItsText() {
    let cleaned = TextCleaning.line("\u{1B}[31mRed\u{1B}[0m")
    #expect(cleaned == "[31mRed[0m")
    #expect(!cleaned.unicodeScalars.contains("\u{1B}"))
  }

  @Test func turnsTabsAndLineBreaksIntoSpaces() {
    #expect(TextCleaning.line("a\tb\nc\rd") == "a b c d")
    #expect(TextCleaning.line("a\u{2028}b\u{2029}c\u{85}d") == "a b c d")
  }

  @Test func dropsOtherControlCharacters() {
    #expect(TextCleaning.line("a\u{0}b\u{7}c\u{8}d\u{7F}e\u{9B}f\u{1F}g") == "abcdefg")
  }

  @Test func dropsNonCharactersAndTheByteOrderMark() {
    let cleaned = TextCleaning.line("\u{FEFF}Zo\u{FFFE}ë\u{FFFF}")
    #expect(cleaned == "Zoë")
    #expect(!cleaned.unicodeScalars.contains { [0xFFFE, 0xFFFF, 0xFEFF].contains($0.value) })
  }

  @Test func trimsSurroundingWhiteSpaceOfEveryKind() {
    #expect(TextCleaning.line("  \t Jan de Vries \n ") == "Jan de Vries")
    #expect(TextCleaning.line("\u{A0}Jan\u{3000}") == "Jan", "no-break and ideographic spaces")
    #expect(TextCleaning.line(" \t\r\n ") == "")
    #expect(TextCleaning.line("\u{1B}\u{7}") == "")
  }

  @Test func keepsLettersOfEveryScriptUnchanged() {
    for text in [
      "Zoë Dëmeester", "Cafe\u{301} e\u{308}", "東京の先生たち", "👩🏽‍🏫 VLG 🇧🇪",
      "<script>alert('x')</script> | & \"", "Ahmed El Amrani",
    ] {
      let cleaned = TextCleaning.line(text)
      #expect(Array(cleaned.unicodeScalars) == Array(text.unicodeScalars), "\(text)")
    }
  }

  // MARK: multiline

  @Test func keepsLineBreaksAndNormalisesThemToLineFeeds() {
    #expect(TextCleaning.multiline("a\r\nb\rc\nd") == "a\nb\nc\nd")
    #expect(TextCleaning.multiline("a\u{2028}b\u{2029}c") == "a\nb\nc")
    #expect(TextCleaning.multiline("a\r\r\nb") == "a\n\nb", "a lone CR, then a CR LF")
    #expect(TextCleaning.multiline("a\n\nb") == "a\n\nb", "blank lines inside are kept")
  }

  @Test func treatsNextLineAsALineBreakLikeLineDoes() {
    // `line` turns U+0085 into a space; `multiline` must not glue the two words together.
    #expect(TextCleaning.multiline("eerste\u{85}tweede") == "eerste\ntweede")
  }

  @Test func multilineTurnsTabsIntoSpacesAndDropsControlCharacters() {
    let cleaned = TextCleaning.multiline("a\tb\u{1B}[1m\u{0}c\u{FFFF}")
    #expect(cleaned == "a b[1mc")
    #expect(!cleaned.unicodeScalars.contains("\u{1B}"))
  }

  @Test func multilineTrimsTrailingWhiteSpace() {
    #expect(TextCleaning.multiline("Verslag\n\n  \t\r\n") == "Verslag")
    #expect(TextCleaning.multiline("\n \n") == "")
  }

  // MARK: list

  @Test func splitsAListOnLinesAndCleansEachItem() {
    #expect(
      TextCleaning.list("KA Geel\n\n  Sint-Victor\tTurnhout \n\u{1B}[2m\n")
        == ["KA Geel", "Sint-Victor Turnhout", "[2m"])
  }

  @Test func splitsAListWithWindowsLineEndings() {
    // "\r\n" is one Character in Swift; it still ends a line.
    #expect(
      TextCleaning.list("KA Geel\r\nAtheneum Berchem\r\n") == ["KA Geel", "Atheneum Berchem"])
  }

  @Test func splitsAListOnTheGivenSeparators() {
    #expect(TextCleaning.list("a, b,,c , ", separators: [","]) == ["a", "b", "c"])
    #expect(TextCleaning.list("a, b\nc", separators: [","]) == ["a", "b c"])
    #expect(TextCleaning.list("") == [])
  }
}

@Suite("UUID parsing")
struct UUIDParsingTests {
  /// The quick parser accepts and refuses what Foundation's does.
  @Test func agreesWithFoundation() {
    let id = UUID()
    let texts = [
      id.uuidString, id.uuidString.lowercased(), "", "not a uuid", String(id.uuidString.dropLast()),
      id.uuidString + "0", id.uuidString.replacingOccurrences(of: "-", with: "_"),
      "G" + id.uuidString.dropFirst(), "00000000-0000-0000-0000-000000000000",
      "E621E1F8-C36C-495A-93FC-0C247A3E6E5F", "e621e1f8c36c495a93fc0c247a3e6e5f----",
    ]
    for text in texts {
      #expect(UUID.parsing(text) == UUID(uuidString: text), "\(text)")
    }
  }

  /// Random ids, each with one byte replaced by one near a digit, a letter or the hyphen.
  /// Foundation reads with sscanf, which lets a space or a sign stand before a digit pair;
  /// only the id's own text, in either case, is an id here.
  @Test func agreesWithFoundationOnNearMisses() {
    var random = SeededRandom(seed: 7)
    let near = Array("/0129:@AFGZ`afgz-_ ".utf8)
    for _ in 0..<2_000 {
      var bytes = Array(UUID().uuidString.utf8)
      if Bool.random(using: &random) {
        bytes = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
      }
      let position = Int.random(in: 0..<36, using: &random)
      bytes[position] = near[Int.random(in: 0..<near.count, using: &random)]
      let text = String(decoding: bytes, as: UTF8.self)
      let strict = UUID(uuidString: text).flatMap { $0.uuidString == text.uppercased() ? $0 : nil }
      #expect(UUID.parsing(text) == strict, "\(text)")
      // The reader's exact parser: an id only where writing it back gives the same bytes.
      let exact = bytes.withUnsafeBufferPointer { UUID.parsingExactText($0) }
      #expect(exact == strict.flatMap { $0.text == text ? $0 : nil }, "\(text)")
    }
  }
}

@Suite("UUID text")
struct UUIDTextTests {
  /// The quick writer writes what Foundation's does, for any id.
  @Test func agreesWithFoundation() throws {
    var ids = (0..<500).map { _ in UUID() }
    ids.append(try #require(UUID(uuidString: "00000000-0000-0000-0000-000000000000")))
    ids.append(try #require(UUID(uuidString: "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")))
    for id in ids {
      #expect(id.text == id.uuidString)
    }
  }
}
