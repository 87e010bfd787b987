import CoachCore
import Foundation
import FuzzSupport

@testable import CoachUI

/// The events of the key fuzz, as the terminal layer delivers them: keys of every kind, the
/// keys the current screen declares, text one scalar at a time (wide glyphs, combining
/// marks, the U+FFFD that invalid UTF-8 becomes), paste bursts, the Esc of a cut escape
/// sequence, resizes from 1×1 to 300×100 and the clock.
struct FuzzEvents {
  var random: SeededRandom

  static let specialKeys: [Key] =
    [
      .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
      .shiftUp, .shiftDown, .pageUp, .pageDown, .home, .end,
    ] + (1...12).map { Key.function($0) } + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }

  /// Text as scalars: the terminal layer hands out one scalar per key.
  static let textScalars: [Unicode.Scalar] = Array(
    ("abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 -.,;:/@#()'\"?!+* yjnpq"
      + "éëïçñÅøß ÉÈ 日本語学校 한국어 ＡＢ 🎓👩‍🏫🇧🇪❤️👍🏽 e\u{301} \u{308}\u{20DD} क्षि ก้ "
      + "\u{FFFD}\u{200B}\u{200D}\u{FE0F}\u{202E}\u{00AD}\u{1100}\u{1161}").unicodeScalars)

  /// Now and then (one event in 80) a path from the home screen to a known screen.
  mutating func jump() -> [Key]? {
    guard Int.random(in: 0..<80, using: &random) == 0 else { return nil }
    return pick(EverySizeTests.paths).1
  }

  mutating func next(_ state: AppState) -> [Event] {
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<40: return [.key(declaredKey(state))]
    case 40..<55: return [.key(pick(Self.specialKeys))]
    case 55..<83: return [.key(.character(Character(pick(Self.textScalars))))]
    case 83..<87: return paste()
    case 87..<88: return [.key(.escape)]  // what a cut escape sequence gives
    case 88..<95: return [resize()]
    default:
      let seconds = Double(Int.random(in: 1...7200, using: &random))
      return [.tick(now: state.now.addingTimeInterval(seconds))]
    }
  }

  /// A key the screen, overlay or filter declares now (the keys of every binding get
  /// pressed, and so every screen gets reached).
  private mutating func declaredKey(_ state: AppState) -> Key {
    let keys = KeyHints.current(state).flatMap(\.boundKeys)
    return keys.isEmpty ? pick(Self.specialKeys) : pick(keys)
  }

  /// Many characters in one read, now and then a line break (a pasted newline is Enter).
  private mutating func paste() -> [Event] {
    (0..<Int.random(in: 2...150, using: &random)).map { _ in
      Int.random(in: 0..<40, using: &random) == 0
        ? .key(.enter) : .key(.character(Character(pick(Self.textScalars))))
    }
  }

  /// Mostly small sizes (every frame is drawn and checked, and small ones squeeze the
  /// layout hardest), now and then anything up to 300×100, and the corners themselves.
  private mutating func resize() -> Event {
    switch Int.random(in: 0..<20, using: &random) {
    case 0:
      let corner = pick([(1, 1), (300, 100), (1, 100), (300, 1)])
      return .resize(width: corner.0, height: corner.1)
    case 1...3:
      return .resize(
        width: Int.random(in: 1...300, using: &random),
        height: Int.random(in: 1...100, using: &random))
    default:
      return .resize(
        width: Int.random(in: 1...100, using: &random),
        height: Int.random(in: 1...30, using: &random))
    }
  }

  private mutating func pick<T>(_ items: [T]) -> T {
    items[Int.random(in: 0..<items.count, using: &random)]
  }
}
