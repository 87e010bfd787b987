/// A grid of cells that the views draw into. The terminal layer shows it; tests read it
/// back as text rows.
public struct Canvas: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, y >= 0, x < width, y < height else { return .blank }
    return cells[y * width + x]
  }

  /// Writes text from (x, y), clipped to `clip` (and the canvas). Returns the columns used.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, style: StyleRole = .normal, bold: Bool = false,
    clip: Rect? = nil
  ) -> Int {
    let area = clip ?? bounds
    guard y >= area.y, y < area.maxY, y >= 0, y < height else { return 0 }
    let limit = min(area.maxX, width)
    var column = x
    for character in text {
      let glyph = DisplayWidth.glyph(character)
      if glyph.width == 0 { continue }
      if column + glyph.width > limit {
        // A wide glyph that does not fit leaves a blank rather than half a glyph.
        if column < limit && column >= max(area.x, 0) {
          put(Cell(text: " ", style: style, bold: bold), x: column, y: y)
        }
        column = limit
        break
      }
      if column >= max(area.x, 0) {
        put(Cell(text: glyph.text, style: style, bold: bold), x: column, y: y)
        if glyph.width == 2 {
          put(
            Cell(text: "", style: style, bold: bold, isContinuation: true), x: column + 1, y: y)
        }
      }
      column += glyph.width
    }
    return max(0, column - x)
  }

  /// Fills a rectangle with blanks of one style.
  public mutating func fill(_ rect: Rect, style: StyleRole) {
    for y in max(rect.y, 0)..<min(rect.maxY, height) {
      for x in max(rect.x, 0)..<min(rect.maxX, width) {
        put(Cell(text: " ", style: style), x: x, y: y)
      }
    }
  }

  /// Gives the cells of a rectangle another style, keeping their text (e.g. a selection bar).
  public mutating func restyle(_ rect: Rect, style: StyleRole) {
    for y in max(rect.y, 0)..<min(rect.maxY, height) {
      for x in max(rect.x, 0)..<min(rect.maxX, width) {
        cells[y * width + x].style = style
      }
    }
  }

  /// The first `count` rows of `other` (of the same width) in place of this canvas's.
  public mutating func copyRows(from other: Canvas, count: Int) {
    guard other.width == width else { return }
    let rows = max(0, min(count, height, other.height))
    cells.replaceSubrange(0..<(rows * width), with: other.cells[0..<(rows * width)])
  }

  private mutating func put(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    let index = y * width + x
    // Never leave half of a wide glyph behind.
    if cells[index].isContinuation && x > 0 && !cell.isContinuation {
      cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
    }
    // Also when the new cell is a continuation: a wide glyph written one column into another
    // one would otherwise orphan that one's second half.
    if !cells[index].isContinuation && x + 1 < width && cells[index + 1].isContinuation {
      cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }

  /// The canvas as text, one string per row, trailing spaces removed (for snapshots).
  public func textRows() -> [String] {
    (0..<height).map { y in
      var row = ""
      for x in 0..<width {
        let cell = cells[y * width + x]
        if !cell.isContinuation { row += cell.text }
      }
      while row.hasSuffix(" ") { row.removeLast() }
      return row
    }
  }

  public var text: String { textRows().joined(separator: "\n") }
}
