/// What one render produces: the cells, and where the text cursor blinks (if anywhere).
public struct Frame: Equatable, Sendable {
  public var canvas: Canvas
  public var cursor: Cursor?

  public struct Cursor: Equatable, Sendable {
    public var x: Int
    public var y: Int
  }
}
