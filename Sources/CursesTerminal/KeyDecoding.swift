import CoachUI

/// Turns one decoded character of the terminal's input into a `Key`. Pure, so the mapping
/// can be checked without a terminal.
enum KeyDecoding {
  /// nil for anything the program has no use for (NUL, C1 controls).
  static func key(_ scalar: Unicode.Scalar) -> Key? {
    let code = scalar.value
    switch code {
    case 10, 13: return .enter
    case 27: return .escape
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26:
      // 1 is Ctrl-A; 8, 9, 10 and 13 were taken above (Ctrl-H, -I, -J, -M).
      guard let letter = Unicode.Scalar(code + 96) else { return nil }
      return .control(Character(letter))
    default:
      guard isPrintable(scalar) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Controls (C0, DEL, C1) never reach the text fields as characters.
  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x1F, 0x7F...0x9F: false
    default: true
    }
  }
}
