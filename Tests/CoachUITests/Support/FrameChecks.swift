@testable import CoachUI

/// What must hold for every frame, whatever came before: the canvas is the terminal's size
/// and no wide glyph is cut in half. nil when it holds, else what is wrong.
enum FrameChecks {
  static func problem(_ canvas: Canvas, width: Int, height: Int) -> String? {
    guard canvas.width == width, canvas.height == height else {
      return "canvas \(canvas.width)×\(canvas.height) on a \(width)×\(height) terminal"
    }
    return problem(width: width, height: height) { canvas[$0, $1] }
  }

  /// The glyph checks on any grid of cells (tests build broken ones by hand).
  static func problem(width: Int, height: Int, cell at: (Int, Int) -> Cell) -> String? {
    for y in 0..<height {
      for x in 0..<width {
        let cell = at(x, y)
        let left = x > 0 ? at(x - 1, y) : nil
        let leftIsWide = left.map(isWide) ?? false
        if cell.isContinuation != leftIsWide {
          return cell.isContinuation
            ? "continuation without its wide glyph at \(x),\(y)"
            : "wide glyph \(left?.text ?? "") cut in half at \(x - 1),\(y)"
        }
        if isWide(cell) && x + 1 == width {
          return "wide glyph \(cell.text) cut at the right edge at \(x),\(y)"
        }
      }
    }
    return nil
  }

  /// One ASCII byte is never wide: the common case skips the (slow) width rules.
  private static func isWide(_ cell: Cell) -> Bool {
    !cell.isContinuation && cell.text.utf8.count > 1 && DisplayWidth.width(of: cell.text) == 2
  }
}
