import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The community screen's export menu (`x`): what it lists, what choosing an entry asks the
/// runtime for, and how it looks.
@Suite("The export menu")
struct ExportMenuTests {
  /// The demo's community with meetings, opened on its overview.
  func opened(_ language: Language = .en) -> (TestApp, Community) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter)
    let id = app.state.route.communityID
    let community = app.state.library.loaded[id ?? UUID()]
    return (app, community ?? DemoData.communities(today: TestApp.today, now: TestApp.now)[0])
  }

  @Test func everyEntryAsksForItsExportIntoTheExportsFolder() throws {
    let (start, community) = opened()
    let schools = community.allSchools
    #expect(!schools.isEmpty)
    var expected: [Effect] = [
      .exportCalendar(community, path: nil),
      .exportDocument(community, .schoolLeaderReport(school: nil), path: nil),
    ]
    expected += schools.map {
      .exportDocument(community, .schoolLeaderReport(school: $0), path: nil)
    }
    expected += [
      .exportDocument(community, .dossier(includePrivate: false), path: nil),
      .exportDocument(community, .handover(includePrivate: false), path: nil),
      .exportDocument(community, .handover(includePrivate: true), path: nil),
    ]
    for (index, effect) in expected.enumerated() {
      var app = start
      app.send(.character("x"))
      #expect(app.state.overlays.last == .exportMenu(ExportMenu(community: community.id)))
      for _ in 0..<index { app.send(.down) }
      app.effects = []
      app.send(.enter)
      #expect(app.effects.first == effect, "entry \(index + 1)")
      #expect(app.state.overlays.isEmpty)
      #expect(app.screenText.contains("Saved to /store/exports/"))
    }
  }

  @Test func onTheMeetingsTabTheSelectedMeetingsMinutesComeFirst() throws {
    var (app, community) = opened()
    app.send(.tab, .tab)
    guard case .community(let screen) = app.state.route else {
      Issue.record("not on the community screen")
      return
    }
    let selected = screen.meetingSelection
    let meeting = community.meetingsInOrder[selected]
    app.send(.character("x"))
    app.effects = []
    app.send(.enter)
    #expect(app.effects == [.exportMinutes(community, meeting: meeting.id, path: nil)])
    #expect(app.exports.map(\.meeting) == [meeting.id])
  }

  @Test func pAsksForAPathFirst() {
    var (app, community) = opened()
    let dossier = 3 + community.allSchools.count
    app.send(.character("x"))
    for _ in 1..<dossier { app.send(.down) }
    app.send(.character("p"))
    #expect(app.openForm?.title == "Community dossier")
    app.type("/tmp/dossier.md")
    app.effects = []
    app.send(.enter)
    #expect(
      app.effects.first
        == .exportDocument(community, .dossier(includePrivate: false), path: "/tmp/dossier.md"))
    // The calendar keeps its own form.
    app.send(.character("x"), .character("p"))
    #expect(app.openForm?.title == "Export the calendar (.ics)")
    app.send(.enter)
    #expect(app.calendarExports == [nil])
  }

  @Test func aDigitChoosesAndEscCloses() {
    var (app, community) = opened()
    app.send(.character("x"), .escape)
    #expect(app.state.overlays.isEmpty)
    #expect(app.effects.allSatisfy { if case .exportDocument = $0 { false } else { true } })
    let last = 5 + community.allSchools.count
    app.send(.character("x"), .character(Character(String(last))))
    #expect(app.documentExports == [.handover(includePrivate: true)])
  }

  @Test func itWorksInAReadOnlyStoreAndChangesNothing() {
    var (app, _) = opened()
    let before = app.state.library
    app.state.saveStatus = .readOnly("Another vlgcoach has the store open.")
    app.send(.character("x"), .character("2"))
    #expect(app.documentExports == [.schoolLeaderReport(school: nil)])
    #expect(app.state.library == before)
  }

  @Test(arguments: Language.allCases)
  func theMenuAsText(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .tab, .tab, .character("x"), .down)
    assertSnapshot(app.frame.canvas, named: "export-menu-\(language.rawValue)-80x24")
  }
}
