import CoachUI
import Testing

@testable import CursesTerminal

/// The reader's timing, with a scripted terminal: what arrives in one burst, and where the
/// terminal falls silent.
@Suite("Keys are read without waiting on a cut sequence")
struct KeyReaderTests {
  /// Bytes as the terminal gives them; `nil` is a silence longer than any wait.
  final class Script {
    var items: [UInt8?]
    var waits: [Int32] = []
    init(_ items: [UInt8?]) { self.items = items }

    func read(_ wait: Int32) -> ByteInput {
      waits.append(wait)
      guard !items.isEmpty, let byte = items.removeFirst() else { return .nothing }
      return .byte(byte)
    }
  }

  /// Every key read until the script is used up and a last wait found nothing.
  func keys(_ items: [UInt8?]) -> (keys: [Key], waits: [Int32]) {
    let script = Script(items)
    var reader = KeyReader()
    var keys: [Key] = []
    while true {
      let input = reader.next(timeoutMilliseconds: 1000, read: script.read)
      if case .key(let key) = input { keys.append(key) }
      if input == nil && script.items.isEmpty { break }
    }
    return (keys, script.waits)
  }

  static let short = KeyReader.continuationMilliseconds

  @Test func aCharacterSplitOverTwoReadsIsCompleted() {
    #expect(keys([0xC3, 0xA9]).keys == [.character("é")])
    #expect(keys([0xF0, 0x9F, 0x8E, 0x93]).keys == [.character("🎓")])
    // The second byte was waited for only a moment.
    #expect(keys([0xC3, 0xA9]).waits == [1000, Self.short, 1000])
  }

  @Test func aCutCharacterIsReplacedWhenTheTerminalFallsSilent() {
    let result = keys([0xC3, nil, 0x13])
    #expect(result.keys == [.character("\u{FFFD}"), .control("s")])
    #expect(result.waits == [1000, Self.short, 1000, 1000])
  }

  @Test func aCharacterContinuedWronglyIsReplacedAtOnce() {
    #expect(keys([0xE2, 0x82, 0x41]).keys == [.character("\u{FFFD}"), .character("A")])
    #expect(keys([0xE2, 0x82, 0x1B, nil]).keys == [.character("\u{FFFD}"), .escape])
  }

  @Test func aCutEscapeSequenceIsEsc() {
    let result = keys([0x1B, nil, UInt8(ascii: "q")])
    #expect(result.keys == [.escape, .character("q")])
    #expect(result.waits == [1000, Self.short, 1000, 1000])
    #expect(keys([0x1B, UInt8(ascii: "["), nil]).keys == [.escape])
    #expect(keys([0x1B, UInt8(ascii: "["), UInt8(ascii: "1"), nil]).keys == [.escape])
  }

  @Test func aSilenceWithNothingBegunIsNoKey() {
    let script = Script([nil])
    var reader = KeyReader()
    #expect(reader.next(timeoutMilliseconds: 1000, read: script.read) == nil)
    #expect(script.waits == [1000])
  }

  @Test func aResizeInsideASequenceKeepsItsPlace() {
    var reader = KeyReader()
    var items: [ByteInput] = [
      .byte(0x1B), .resize(width: 90, height: 30), .byte(0x5B), .byte(0x41),
    ]
    let read: (Int32) -> ByteInput = { _ in items.isEmpty ? .nothing : items.removeFirst() }
    #expect(reader.next(timeoutMilliseconds: 1000, read: read) == .resize(width: 90, height: 30))
    #expect(reader.next(timeoutMilliseconds: 1000, read: read) == .key(.up))
  }

  @Test func aBurstIsHandedOutWhole() {
    let text = String(repeating: "日本 e\u{301} 🎓 x", count: 500)
    let result = keys(Array(text.utf8))
    #expect(result.keys == text.unicodeScalars.map { .character(Character($0)) })
  }
}
