/// A terminal colour: one of the eight basic ones, or the terminal's own default.
public enum ThemeColor: String, Codable, CaseIterable, Sendable {
  case `default`
  case black
  case red
  case green
  case yellow
  case blue
  case magenta
  case cyan
  case white

  /// The curses colour number (-1 is the terminal's default).
  public var cursesNumber: Int16 {
    switch self {
    case .default: -1
    case .black: 0
    case .red: 1
    case .green: 2
    case .yellow: 3
    case .blue: 4
    case .magenta: 5
    case .cyan: 6
    case .white: 7
    }
  }
}
