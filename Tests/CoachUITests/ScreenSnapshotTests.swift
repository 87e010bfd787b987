import CoachCore
import Testing

@testable import CoachUI

/// Every screen as text rows, compared with golden files in `Snapshots/` (80×24 and
/// 120×40, Dutch and English). Record new ones with VLGCOACH_RECORD=1.
@Suite("Screens as text")
struct ScreenSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: Language.allCases)
  func emptyHome(_ language: Language) {
    let app = TestApp(language: language)
    assertSnapshot(app.frame.canvas, named: "home-empty-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func homeWithCommunities(_ language: Language) {
    for (width, height) in Self.sizes {
      let app = TestApp.demo(language: language, width: width, height: height)
      assertSnapshot(app.frame.canvas, named: "home-\(language.rawValue)-\(width)x\(height)")
    }
  }

  @Test(arguments: Language.allCases)
  func communityOverview(_ language: Language) {
    for (width, height) in Self.sizes {
      var app = TestApp.demo(language: language, width: width, height: height)
      app.send(.down, .enter)
      assertSnapshot(app.frame.canvas, named: "overview-\(language.rawValue)-\(width)x\(height)")
    }
  }

  @Test(arguments: Language.allCases)
  func membersWithWideGlyphs(_ language: Language) {
    for (width, height) in Self.sizes {
      var app = TestApp.demo(language: language, width: width, height: height)
      app.send(.down, .enter, .tab, .character("a"))
      app.type("山田 太郎 🎓")
      app.send(.tab)
      app.type("東京 Gakuen")
      app.send(.control("s"))
      assertSnapshot(app.frame.canvas, named: "members-\(language.rawValue)-\(width)x\(height)")
    }
  }

  @Test(arguments: Language.allCases)
  func phaseGuide(_ language: Language) {
    for (width, height) in Self.sizes {
      var app = TestApp.demo(language: language, width: width, height: height)
      app.send(.down, .enter, .enter)
      assertSnapshot(app.frame.canvas, named: "phase-\(language.rawValue)-\(width)x\(height)")
    }
  }

  @Test(arguments: Language.allCases)
  func communityForm(_ language: Language) {
    var app = TestApp(language: language)
    app.send(.character("a"))
    app.type("VLG Wiskunde Limburg")
    app.send(.tab, .tab)
    app.type("Sint-Jan Hasselt")
    app.send(.enter)
    app.type("Kindsheid Jesu")
    assertSnapshot(app.frame.canvas, named: "form-community-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func memberFormWithAnError(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .tab, .character("e"))
    for _ in 0..<6 { app.send(.tab) }
    app.type("morgen")
    app.send(.control("s"))
    assertSnapshot(app.frame.canvas, named: "form-member-error-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func movingBackAPhase(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .character("2"), .enter, .enter)
    assertSnapshot(app.frame.canvas, named: "form-move-back-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func deleteQuestion(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.character("d"))
    assertSnapshot(app.frame.canvas, named: "confirm-delete-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func help(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .tab, .character("?"))
    assertSnapshot(app.frame.canvas, named: "help-members-\(language.rawValue)-80x24")
  }

  @Test(arguments: Language.allCases)
  func tooSmall(_ language: Language) {
    let app = TestApp.demo(language: language, width: 20, height: 6)
    assertSnapshot(app.frame.canvas, named: "too-small-\(language.rawValue)-20x6")
  }

  @Test func readOnlyStore() {
    var app = TestApp.demo(language: .nl)
    app.state.saveStatus = .readOnly(ReadOnlyReason.lockedByOtherInstance(pid: 4242).message(.nl))
    assertSnapshot(app.frame.canvas, named: "home-read-only-nl-80x24")
  }

  @Test func storeProblemsOnOpening() {
    var app = TestApp.demo()
    let problems: [StoreProblem] = [
      .corruptFile(
        file: "communities/1.plist", movedTo: "communities/1.plist.corrupt-20261121-120000"),
      .interruptedWrite(file: "store.plist.tmp"),
    ]
    app.state.overlays.append(
      .message(title: app.state.strings.storeProblemsTitle, lines: problems.map { $0.message(.en) })
    )
    assertSnapshot(app.frame.canvas, named: "store-problems-en-80x24")
  }

  @Test func hostileNamesStayInTheirColumns() {
    let long = String(repeating: "Ω", count: 10_000)
    let names = [long, "Esc\u{1B}[2J cleared?", "e\u{301}\u{301}\u{301} combining", "👩‍👩‍👧 family 🇧🇪"]
    let communities = names.map {
      Community(name: $0, subject: "日本語の授業", since: TestApp.today, created: TestApp.now)
    }
    let app = TestApp(communities: communities)
    assertSnapshot(app.frame.canvas, named: "home-hostile-names-en-80x24")
    for row in app.frame.canvas.textRows() {
      #expect(DisplayWidth.width(of: row) <= 80)
      #expect(!row.unicodeScalars.contains { $0.value == 0x1B })
    }
  }
}
