/// A rectangle of cells on the canvas.
public struct Rect: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxY: Int { y + height }
  public var maxX: Int { x + width }

  /// The rectangle with `amount` cells taken off each side.
  public func inset(by amount: Int) -> Rect {
    Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  public func inset(horizontal: Int, vertical: Int = 0) -> Rect {
    Rect(
      x: x + horizontal, y: y + vertical, width: width - 2 * horizontal,
      height: height - 2 * vertical)
  }

  /// The first `count` rows, and what remains below them.
  public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: taken),
      Rect(x: x, y: y + taken, width: width, height: height - taken)
    )
  }

  /// The last `count` rows, and what remains above them.
  public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
    let taken = min(max(0, count), height)
    return (
      Rect(x: x, y: y, width: width, height: height - taken),
      Rect(x: x, y: y + height - taken, width: width, height: taken)
    )
  }

  /// A rectangle of at most `width` × `height` in the middle of this one.
  public func centered(width: Int, height: Int) -> Rect {
    let w = min(width, self.width)
    let h = min(height, self.height)
    return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
  }
}
