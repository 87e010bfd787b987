import CNcursesw
import CoachUI

/// Builds the cchar_t for one canvas cell.
enum CellGlyph {
  /// The cell's scalars as a wide string: the first is the spacing character, the rest
  /// combining marks, at most CCHARW_MAX in all (setcchar refuses more).
  static func make(text: String, attributes: attr_t, pair: Int16) -> cchar_t {
    let limit = Int(vlg_ccharw_max())
    var characters = text.unicodeScalars.prefix(limit).map { wchar_t(bitPattern: $0.value) }
    if characters.isEmpty { characters = [wchar_t(32)] }
    characters.append(0)
    var glyph = cchar_t()
    if setcchar(&glyph, characters, attributes, pair, nil) != OK {
      // Something setcchar will not take (e.g. a lone mark): show a replacement character
      // so the columns still line up.
      let replacement: [wchar_t] = [0xFFFD, 0]
      _ = setcchar(&glyph, replacement, attributes, pair, nil)
    }
    return glyph
  }
}
