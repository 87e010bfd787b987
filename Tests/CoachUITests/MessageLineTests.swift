import CoachCore
import Testing

@testable import CoachUI

/// A message longer than the terminal is wide wraps onto rows taken from the body, so its
/// end — usually the advice — is read whole.
@Suite("The message line")
struct MessageLineTests {
  static let failure = StoreError.writeFailed(
    "/home/coach/.local/share/vlgcoach/communities/0245B76A-460E-44F4-8B02-C6E8410D2BBC.plist",
    reason: "geen ruimte meer op het apparaat"
  ).message(.nl)

  @Test func aLongDutchMessageIsShownWholeAt80By24() {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .tab)
    app.dispatch(.persistFailed(message: Self.failure))
    assertSnapshot(app.frame.canvas, named: "message-long-nl-80x24")
    let rows = app.frame.canvas.textRows()
    let shown = rows[20...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    // The path is broken where the row ends, so rows are compared without their spaces.
    #expect(shown.filter { $0 != " " } == Self.failure.filter { $0 != " " })
    #expect(rows[22] == " wijziging staat nog op het scherm.")
    #expect(rows[23].contains("niet bewaard"))
  }

  @Test func theScreenAboveKeepsItsSelectionInView() {
    var app = TestApp.demo(language: .nl, width: 80, height: 14)
    app.send(.down, .enter, .tab, .end)
    app.dispatch(.persistFailed(message: Self.failure))
    let rows = app.frame.canvas.textRows()
    // Two rows at most on a low terminal, the second one cut.
    #expect(rows[11].hasPrefix(" Bewaren in /home/coach/"))
    #expect(rows[12].hasSuffix("…"))
    #expect(rows[..<11].contains { $0.contains("▸ Zoë Dëmeester") })
  }

  @Test func aShortMessageKeepsOneRow() {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .tab)
    let before = app.frame.canvas.textRows()
    app.dispatch(.persistFailed(message: "Schijf vol."))
    let rows = app.frame.canvas.textRows()
    #expect(rows[..<22] == before[..<22])
    #expect(rows[22] == " Schijf vol.")
  }
}

/// The saved export's path keeps its file's name whole: the folder gives up room first.
extension MessageLineTests {
  @Test func anExportsPathLosesItsFolderNotItsName() {
    var app = TestApp.demo(language: .nl)
    let folder = "/tmp/vlgcoach-exports-2026-12-03-a1b2c3d4/verslagen/schooljaar-2026-2027"
    app.dispatch(.exported(path: folder + "/vlg-wiskunde-gent-minutes-2.md"))
    let rows = app.frame.canvas.textRows()
    // Cut at a folder's end, which reads better than half a folder's name.
    #expect(rows[22] == " Bewaard in /tmp/…/vlg-wiskunde-gent-minutes-2.md")
    #expect(rows[21].isEmpty)
  }

  @Test func aNameLongerThanTheRowIsKeptWholeOnTwo() {
    var app = TestApp.demo(language: .nl)
    let name = String(repeating: "lang-", count: 16) + "verslag.md"
    app.dispatch(.exported(path: "/tmp/exports/" + name))
    let rows = app.frame.canvas.textRows()
    #expect((rows[21] + rows[22]).filter { $0 != " " }.hasSuffix(name))
  }
}
