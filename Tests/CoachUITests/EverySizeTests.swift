import CoachCore
import Testing

@testable import CoachUI

/// Resizing can happen on any screen: every screen and overlay must draw at every size
/// without a row wider than the terminal, and keep the status bar.
@Suite("Every screen at every size")
struct EverySizeTests {
  static let sizes: [(Int, Int)] = [
    (20, 6), (49, 11), (50, 12), (63, 17), (80, 24), (81, 25), (100, 30), (120, 40), (200, 60),
  ]

  /// Key sequences that reach each screen and overlay of the demo.
  static let paths: [(String, [Key])] = [
    ("home", []),
    ("filter", [.down, .enter, .tab, .character("/"), .character("z")]),
    ("search", [.character("/"), .character("c"), .character("a")]),
    ("overview", [.down, .enter]),
    ("members", [.down, .enter, .tab]),
    ("meetings", [.down, .enter, .tab, .tab]),
    ("meeting form", [.down, .enter, .tab, .tab, .character("a")]),
    ("themes", [.down, .enter, .backTab]),
    ("theme", [.down, .enter, .backTab, .enter]),
    ("output form", [.down, .enter, .backTab, .enter, .enter]),
    ("participation", [.down, .enter, .tab, .character("p")]),
    ("notes timeline", [.down, .enter, .character("t")]),
    ("checklists", [.down, .enter, .character("c")]),
    ("checklists empty", [.enter, .character("c")]),
    ("checklist round", [.down, .enter, .character("c"), .enter]),
    ("dynamics note form", [.down, .enter, .tab, .character("n")]),
    ("import form", [.down, .enter, .tab, .character("i")]),
    (
      "live private note",
      [.down, .enter, .tab, .tab, .character("m"), .character("y"), .character("N")]
    ),
    ("live meeting", [.down, .enter, .tab, .tab, .character("m"), .character("y")]),
    (
      "live attendance",
      [.down, .enter, .tab, .tab, .character("m"), .character("y"), .character("A")]
    ),
    (
      "live agreement",
      [.down, .enter, .tab, .tab, .character("m"), .character("y"), .character("h")]
    ),
    ("meeting agenda", [.down, .enter, .tab, .tab, .enter]),
    ("meeting attendance", [.down, .enter, .tab, .tab, .enter, .tab]),
    ("meeting agreements", [.down, .enter, .tab, .tab, .up, .enter, .tab, .tab]),
    ("meeting notes", [.down, .enter, .tab, .tab, .enter, .backTab]),
    ("agenda item form", [.down, .enter, .tab, .tab, .enter, .character("e")]),
    ("agenda delete question", [.down, .enter, .tab, .tab, .enter, .character("d")]),
    ("agreement form", [.down, .enter, .tab, .tab, .enter, .tab, .tab, .character("a")]),
    ("review form", [.down, .enter, .tab, .tab, .enter, .tab, .tab, .character("c")]),
    ("notes form", [.down, .enter, .tab, .tab, .enter, .backTab, .character("e")]),
    ("export form", [.down, .enter, .tab, .tab, .enter, .character("x")]),
    ("meeting help", [.down, .enter, .tab, .tab, .enter, .character("?")]),
    ("member form", [.down, .enter, .tab, .character("e")]),
    ("phase guide", [.down, .enter, .enter]),
    ("move form", [.down, .enter, .character("1"), .enter, .enter]),
    ("community form", [.character("a")]),
    ("delete question", [.character("d")]),
    ("help", [.character("?")]),
    ("playbook", [.character("b")]),
    ("playbook protocols", [.character("b"), .tab]),
    ("playbook checklist", [.character("b"), .enter]),
    ("playbook protocol", [.character("b"), .tab, .enter]),
    ("playbook copy form", [.character("b"), .character("c")]),
  ]

  @Test(arguments: Language.allCases)
  func everyScreenFitsEverySize(_ language: Language) {
    for (name, keys) in Self.paths {
      var app = TestApp.demo(language: language)
      for key in keys { app.send(key) }
      for (width, height) in Self.sizes {
        app.dispatch(.resize(width: width, height: height))
        let rows = app.screen
        #expect(rows.count == height, "\(name) at \(width)×\(height)")
        for row in rows {
          #expect(DisplayWidth.width(of: row) <= width, "\(name) at \(width)×\(height): \(row)")
        }
        if width >= AppState.minimumWidth && height >= AppState.minimumHeight {
          let status = language == .nl ? "bewaard" : "saved"
          #expect(rows.last?.contains(status) == true, "\(name) at \(width)×\(height)")
        }
      }
    }
  }
}
