import Testing

@testable import CoachUI

@Suite("The style layer of the snapshots")
struct StyleLayerTests {
  @Test func everyRoleHasItsOwnCodeThatReadsBack() {
    var seen: Set<Character> = [StyleLayer.continuation]
    for role in StyleRole.allCases {
      for bold in [false, true] {
        let code = StyleLayer.code(role, bold: bold)
        #expect(seen.insert(code).inserted, "\(role) bold: \(bold) shares code \(code)")
        #expect(StyleLayer.meaning(of: code) == .style(role, bold: bold))
        // A code must not look like a separator, a blank or a line break in the file.
        #expect(code != " " && code != "\n" && code != "─")
      }
    }
    #expect(StyleLayer.meaning(of: StyleLayer.continuation) == .continuation)
    #expect(StyleLayer.meaning(of: "?") == nil)
  }

  @Test func theCodesAreFixedPerRoleNotByPosition() {
    // Recorded files depend on these; a changed letter would rewrite every snapshot.
    #expect(StyleLayer.code(.normal) == ".")
    #expect(StyleLayer.code(.selection) == "s")
    #expect(StyleLayer.code(.statusKey) == "k")
    #expect(StyleLayer.code(.warning) == "w")
    #expect(StyleLayer.code(.dialog) == "g")
  }

  @Test func aRowShowsBoldAndBothHalvesOfAWideGlyph() {
    var canvas = Canvas(width: 8, height: 2)
    canvas.write("a", x: 0, y: 0)
    canvas.write("日", x: 1, y: 0, style: .heading)
    canvas.write("!", x: 3, y: 0, style: .warning, bold: true)
    canvas.write("b", x: 4, y: 0, bold: true)
    canvas.restyle(Rect(x: 0, y: 1, width: 3, height: 1), style: .selection)
    #expect(StyleLayer.rows(canvas) == [".h~W:...", "sss....."])
  }

  @Test func aFileReadsBackAsItsTwoLayers() {
    var canvas = Canvas(width: 4, height: 2)
    canvas.write("ok", x: 0, y: 1, style: .success)
    let file = SnapshotFile(canvas)
    #expect(file.contents == "\nok\n\(StyleLayer.separator)\n....\nvv..\n")
    #expect(SnapshotFile(parsing: file.contents) == file)
    // A text-only file from before the style layer parses with no styles.
    #expect(SnapshotFile(parsing: "a\nb\n") == SnapshotFile(text: ["a", "b"], styles: []))
  }

  @Test func theDiffNamesRowsColumnsAndRoles() {
    let expected = SnapshotFile(text: ["日本 ok"], styles: ["hhhh.ww"])
    let actual = SnapshotFile(text: ["日本 no"], styles: ["hhhh..."])
    #expect(
      SnapshotDiff.lines(expected: expected, actual: actual) == [
        "text row 0, column 5\n  expected: 日本 ok\n  actual:   日本 no",
        "style row 0, columns 5–6: expected warning, actual normal",
      ])
    #expect(
      SnapshotDiff.styleLines(["W~"], ["w"]) == [
        "style row 0, column 0: expected warning bold, actual warning",
        "style row 0, column 1: expected wide-glyph second half, actual <none>",
      ])
  }
}
