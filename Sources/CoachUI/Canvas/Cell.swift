/// One cell of the canvas. A wide glyph fills its first cell and marks the next one as a
/// continuation, which the terminal layer skips.
public struct Cell: Equatable, Sendable {
  /// One grapheme cluster, already made safe to print; empty in a continuation cell.
  public var text: String
  public var style: StyleRole
  public var bold: Bool
  public var isContinuation: Bool

  public init(
    text: String = " ", style: StyleRole = .normal, bold: Bool = false,
    isContinuation: Bool = false
  ) {
    self.text = text
    self.style = style
    self.bold = bold
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}
