/// How one `StyleRole` looks. `fg256`/`bg256` are used on terminals with 256 colours;
/// `fg`/`bg` everywhere else, so a theme works on 8-colour terminals too.
public struct ThemeStyle: Codable, Equatable, Sendable {
  public var fg: ThemeColor?
  public var bg: ThemeColor?
  public var fg256: Int?
  public var bg256: Int?
  public var bold: Bool?
  public var dim: Bool?
  public var underline: Bool?
  public var reverse: Bool?

  public init(
    fg: ThemeColor? = nil, bg: ThemeColor? = nil, fg256: Int? = nil, bg256: Int? = nil,
    bold: Bool? = nil, dim: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
  ) {
    self.fg = fg
    self.bg = bg
    self.fg256 = fg256
    self.bg256 = bg256
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// The foreground for a terminal with `colors` colours (nil: the terminal's default).
  public func foreground(colors: Int) -> Int16? {
    if colors >= 256, let fg256, (0...255).contains(fg256) { return Int16(fg256) }
    return fg.map(\.cursesNumber)
  }

  public func background(colors: Int) -> Int16? {
    if colors >= 256, let bg256, (0...255).contains(bg256) { return Int16(bg256) }
    return bg.map(\.cursesNumber)
  }

  /// The same style without colours, for NO_COLOR and monochrome terminals.
  public var withoutColors: ThemeStyle {
    ThemeStyle(bold: bold, dim: dim, underline: underline, reverse: reverse)
  }
}
