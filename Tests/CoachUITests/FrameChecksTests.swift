import Testing

@testable import CoachUI

/// The fuzz's frame checks find what they look for (a check that cannot fail proves
/// nothing).
@Suite("Frame checks of the key fuzz")
struct FrameChecksTests {
  @Test func aWholeFramePasses() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.write("日本x", x: 0, y: 0)
    #expect(FrameChecks.problem(canvas, width: 6, height: 1) == nil)
  }

  @Test func theWrongSizeIsFound() {
    #expect(FrameChecks.problem(Canvas(width: 6, height: 2), width: 6, height: 1) != nil)
  }

  @Test func aWideGlyphCutInHalfIsFound() {
    let wide = Cell(text: "日")
    let half = Cell(text: "", isContinuation: true)
    let rows: [[Cell]] = [[wide, .blank], [.blank, half], [.blank, wide]]
    for row in rows {
      #expect(FrameChecks.problem(width: 2, height: 1) { x, _ in row[x] } != nil, "\(row)")
    }
    #expect(FrameChecks.problem(width: 2, height: 1) { x, _ in [wide, half][x] } == nil)
  }
}
