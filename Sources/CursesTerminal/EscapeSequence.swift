import CoachUI

/// What the escape sequences terminals send for keys mean: both cursor-key modes
/// (`ESC [ A` and `ESC O A`), the xterm, VT220, rxvt and Linux-console forms of Home, End and
/// the function keys, and xterm's modifier parameter (`ESC [1;5A`), of which only Shift on
/// ↑ ↓ matters here. nil: a sequence the program has no use for; it types nothing.
enum EscapeSequence {
  /// `ESC [ parameters final`.
  static func csi(parameters: [UInt8], final: UInt8) -> Key? {
    guard let numbers = numbers(parameters) else { return nil }
    let modifier = numbers.count > 1 ? numbers[1] : nil
    switch final {
    case UInt8(ascii: "~"), UInt8(ascii: "$"), UInt8(ascii: "^"), UInt8(ascii: "@"):
      // VT220 (`~`) and rxvt's Shift, Ctrl and Ctrl-Shift forms of the same keys.
      return numbers.first.flatMap { $0.flatMap(editingKey) }
    case UInt8(ascii: "a"): return numbers.isEmpty ? .shiftUp : nil  // rxvt
    case UInt8(ascii: "b"): return numbers.isEmpty ? .shiftDown : nil
    case UInt8(ascii: "c"): return numbers.isEmpty ? .right : nil
    case UInt8(ascii: "d"): return numbers.isEmpty ? .left : nil
    case UInt8(ascii: "Z"): return .backTab
    default: return cursorKey(final, modifier: modifier)
    }
  }

  /// `ESC O parameters final`: cursor keys in application mode, F1–F4, the keypad.
  static func ss3(parameters: [UInt8], final: UInt8) -> Key? {
    guard let numbers = numbers(parameters) else { return nil }
    // Old xterms put the modifier alone: `ESC O 5 A`.
    let modifier = numbers.last ?? nil
    switch final {
    case UInt8(ascii: "M"): return .enter
    case UInt8(ascii: "X"): return .character("=")
    case UInt8(ascii: "j")...UInt8(ascii: "y"):
      return Array("*+,-./0123456789")[Int(final - UInt8(ascii: "j"))].asKey
    default: return cursorKey(final, modifier: modifier)
    }
  }

  /// The Linux console's F1–F5: `ESC [ [ A` to `ESC [ [ E`.
  static func linuxFunction(_ final: UInt8) -> Key? {
    (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(final)
      ? .function(Int(final - UInt8(ascii: "A")) + 1) : nil
  }

  private static func cursorKey(_ final: UInt8, modifier: Int?) -> Key? {
    // xterm's modifier is 1 + a bit set: 1 Shift, 2 Alt, 4 Ctrl.
    let shift = modifier.map { $0 > 1 && ($0 - 1) & 1 == 1 } ?? false
    switch final {
    case UInt8(ascii: "A"): return shift ? .shiftUp : .up
    case UInt8(ascii: "B"): return shift ? .shiftDown : .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(final - UInt8(ascii: "P")) + 1)
    default: return nil
    }
  }

  /// The number of `ESC [ n ~`.
  private static func editingKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: .home
    case 4, 8: .end
    case 3: .delete
    case 5: .pageUp
    case 6: .pageDown
    case 11...15: .function(number - 10)
    case 17...21: .function(number - 11)
    case 23, 24: .function(number - 12)
    default: nil
    }
  }

  /// `1;5` as [1, 5]; an empty field is nil. nil for private parameters (`?`, `<`, `>`,
  /// `=`) and intermediates: answers and reports, never keys.
  private static func numbers(_ parameters: [UInt8]) -> [Int?]? {
    guard !parameters.isEmpty else { return [] }
    let allowed = Set(Array("0123456789;".utf8))
    guard parameters.allSatisfy(allowed.contains) else { return nil }
    return parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map {
      Int(String(decoding: $0, as: UTF8.self))
    }
  }
}

extension Character {
  fileprivate var asKey: Key { .character(self) }
}
