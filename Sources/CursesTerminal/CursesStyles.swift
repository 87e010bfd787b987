import CNcursesw
import CoachUI

/// How each `StyleRole` is drawn with one theme: curses attributes and a colour pair.
///
/// Every role gets its own pair (numbered from 1 in `StyleRole.allCases` order; 0 is the
/// terminal's own colours), so changing the theme only redefines pairs.
struct CursesStyles {
  struct Look: Equatable {
    var attributes: attr_t
    var pair: Int16
  }

  /// A pair's colours; -1 is the terminal's default.
  struct PairColors: Equatable {
    var number: Int16
    var foreground: Int16
    var background: Int16
  }

  private var looks: [StyleRole: Look] = [:]
  /// The pairs to define with init_pair; empty when colours are off.
  private(set) var pairs: [PairColors] = []

  /// `colors` is the terminal's colour count, 0 when colours are off. Without
  /// `defaultColors` (use_default_colors failed) -1 is not allowed, so white on black
  /// stands in for the terminal's default.
  init(theme: Theme, colors: Int, defaultColors: Bool, pairLimit: Int) {
    for (index, role) in StyleRole.allCases.enumerated() {
      let style = theme.style(role)
      var look = Look(attributes: Self.attributes(of: style), pair: 0)
      let number = index + 1
      if colors > 0, number < pairLimit, let pairNumber = Int16(exactly: number) {
        look.pair = pairNumber
        pairs.append(
          PairColors(
            number: pairNumber,
            foreground: Self.usable(
              style.foreground(colors: colors), colors: colors, fallback: defaultColors ? -1 : 7),
            background: Self.usable(
              style.background(colors: colors), colors: colors, fallback: defaultColors ? -1 : 0)
          ))
      }
      looks[role] = look
    }
  }

  func look(of cell: Cell) -> Look {
    var look = looks[cell.style] ?? Look(attributes: vlg_attr_normal(), pair: 0)
    if cell.bold { look.attributes |= vlg_attr_bold() }
    return look
  }

  /// Tells ncurses the colours of every pair (start_color must have run).
  func definePairs() {
    for pair in pairs {
      init_pair(pair.number, pair.foreground, pair.background)
    }
  }

  private static func attributes(of style: ThemeStyle) -> attr_t {
    var attributes = vlg_attr_normal()
    if style.bold == true { attributes |= vlg_attr_bold() }
    if style.dim == true { attributes |= vlg_attr_dim() }
    if style.underline == true { attributes |= vlg_attr_underline() }
    if style.reverse == true { attributes |= vlg_attr_reverse() }
    return attributes
  }

  /// A theme colour the terminal can show, else the fallback (a 256-colour number on an
  /// 8-colour terminal would make init_pair fail).
  private static func usable(_ color: Int16?, colors: Int, fallback: Int16) -> Int16 {
    guard let color, color >= 0, Int(color) < colors else { return fallback }
    return color
  }
}
