import CNcursesw
import CoachUI

/// Turns what `wget_wch` returned into a `Key`. Pure, so the mapping can be checked without
/// a terminal.
enum KeyDecoding {
  /// `status` is wget_wch's result (OK: `code` is a character; KEY_CODE_YES: a key code).
  /// `extended` maps codes ncurses assigns at run time (xterm's shift-arrows) to keys.
  /// nil for anything the program has no use for.
  static func decode(status: Int32, code: UInt32, extended: [Int32: Key] = [:]) -> Key? {
    if status == OK { return character(code) }
    if status == vlg_key_code_yes() { return keyCode(Int32(bitPattern: code), extended: extended) }
    return nil
  }

  private static func character(_ code: UInt32) -> Key? {
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
      guard let scalar = Unicode.Scalar(code), isPrintable(scalar) else { return nil }
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

  private static func keyCode(_ code: Int32, extended: [Int32: Key]) -> Key? {
    switch code {
    case vlg_key_enter(): return .enter
    case vlg_key_btab(): return .backTab
    case vlg_key_backspace(): return .backspace
    case vlg_key_dc(): return .delete
    case vlg_key_up(): return .up
    case vlg_key_down(): return .down
    case vlg_key_left(): return .left
    case vlg_key_right(): return .right
    case vlg_key_sr(): return .shiftUp
    case vlg_key_sf(): return .shiftDown
    case vlg_key_ppage(): return .pageUp
    case vlg_key_npage(): return .pageDown
    case vlg_key_home(), vlg_key_find(): return .home
    case vlg_key_end(), vlg_key_select(): return .end
    case vlg_key_f(1)...vlg_key_f(63): return .function(Int(code - vlg_key_f(0)))
    default: return extended[code]
    }
  }
}
