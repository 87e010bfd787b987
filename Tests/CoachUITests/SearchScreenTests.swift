import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// `/` on the home screen: search everything, hits grouped by community and kind, Enter
/// goes to the hit, Esc back home; the communities are read off the key path.
@Suite("Search everywhere")
struct SearchScreenTests {
  /// While communities are still read, their count says work goes on; "zoeken…" comes only
  /// once everything is read (both made the line too long at 80 columns: "gelezen… …").
  @Test func theReadingCountStandsForTheSearchWhileCommunitiesAreRead() throws {
    var app = TestApp.demo(language: .nl)
    app.holdsLoadAll = true
    app.holdsSearches = true
    app.send(.character("/"))
    if let commerce = app.commerce {
      app.dispatch(.loaded(commerce, notebook: app.notebook(commerce.id), then: .remember))
    }
    app.type("zoe")
    let line = try #require(app.screenText.split(separator: "\n").dropFirst(2).first)
    #expect(line.contains("gelezen…"))
    #expect(!line.contains("zoeken…") && !line.contains("… …"), "\(line)")
  }

  /// Typing never waits for the hits: the typed text shows at once with “searching…”, the
  /// hits when the search thread answers; an answer to what was typed before is not shown.
  @Test func typingShowsAtOnceAndTheHitsFollow() throws {
    var app = TestApp.demo()
    app.holdsSearches = true
    app.send(.character("/"))
    app.type("AHM")
    #expect(app.screenText.contains("Search: AHM"))
    #expect(app.screenText.contains("searching…"))
    #expect(!app.screenText.contains("Nothing found"))
    #expect(app.heldSearches.map(\.query) == ["A", "AH", "AHM"])
    let stale = try #require(app.heldSearches.first)
    app.dispatch(.searched(query: stale.query, stale.run()))
    #expect(app.searchScreen?.found == nil)
    let latest = try #require(app.heldSearches.last)
    app.dispatch(.searched(query: latest.query, latest.run()))
    #expect(!app.screenText.contains("searching…"))
    #expect(app.screenText.contains("2 hits in 1 community"))
  }

  /// Hits found before a change are not shown as if they were current: the next key on the
  /// search looks again (the coach went to a hit, changed it and came back).
  @Test func hitsOfAChangedCommunityAreLookedForAgain() throws {
    var app = TestApp.demo()
    app.send(.character("/"))
    app.type("AHMED")
    #expect(app.screenText.contains("2 hits in 1 community"))
    var commerce = try #require(
      app.state.library.loaded.values.first { $0.name == "VLG Handel Kempen" })
    let ahmed = try #require(commerce.members.first { $0.name == "Ahmed El Amrani" })
    try commerce.updateMember(
      id: ahmed.id, with: MemberDraft(name: "Achmed El Amrani"), today: app.state.today)
    app.state.library.put(commerce)
    app.send(.down)
    #expect(app.screenText.contains("1 hit in 1 community"), "\(app.screenText)")
  }

  /// The same for the coach's notes: a note changed since is not found as it was.
  @Test func hitsOfAChangedNoteAreLookedForAgain() throws {
    var app = TestApp.searchDemo()
    app.send(.character("/"))
    app.type("rubric")
    let context = { (app: TestApp) in ContextSource(app.state).search() }
    #expect(try #require(app.searchScreen).hits(context(app)).map(\.kind).contains(.dynamicsNote))
    let commerce = try #require(app.commerce)
    app.state.library.putNotebook(CoachNotebook(communityID: commerce.id))
    app.send(.down)
    let hits = try #require(app.searchScreen).hits(context(app))
    #expect(!hits.isEmpty)
    #expect(!hits.map(\.kind).contains(.dynamicsNote))
  }

  @Test func slashOpensTheSearchAndTypingFindsGroupedHits() throws {
    var app = TestApp.demo()
    app.send(.character("/"))
    #expect(app.searchScreen != nil)
    #expect(app.effects.contains(.loadAll(then: .search)))
    #expect(app.screenText.contains("Type what you are looking for"))
    app.type("AHMED")
    let text = app.screenText
    #expect(text.contains("Search: AHMED"))
    #expect(text.contains("2 hits in 1 community"))
    let rows = app.screen
    let lines = [
      "VLG Handel Kempen", "Members", "Ahmed El Amrani", "Agreements", "Casus van Ahmed",
    ]
    let found = lines.map { line in rows.firstIndex { $0.contains(line) } ?? -1 }
    #expect(found.allSatisfy { $0 > 0 } && found == found.sorted(), "\(text)")
    #expect(rows.contains { $0.contains("▸ Ahmed El Amrani") })
    #expect(rows.contains { $0.contains("Casus van Ahmed vooraf lezen") && $0.contains("A2") })
  }

  @Test func enterOnAMemberOpensTheMembersTabOnThemAndEscComesBack() throws {
    var app = TestApp.demo()
    app.send(.character("/"))
    app.type("ahmed")
    app.send(.enter)
    let screen = try #require(app.communityScreen)
    #expect(screen.tab == .members)
    let commerce = try #require(app.state.library.loaded[screen.id])
    #expect(screen.visibleMembers(commerce)[screen.memberSelection].name == "Ahmed El Amrani")
    app.send(.escape)
    #expect(app.searchScreen?.query.text == "ahmed")
    app.send(.escape)
    #expect(app.state.routes == [.home(HomeScreen())])
  }

  @Test func enterOnAnAgreementOpensItsMeetingOnIt() throws {
    var app = TestApp.demo()
    app.send(.character("/"))
    app.type("ahmed")
    app.send(.down, .enter)
    let screen = try #require(app.meetingScreen)
    let commerce = try #require(app.commerce)
    #expect(screen.meetingID == commerce.meeting(number: 1)?.id)
    #expect(screen.section == .agreements)
    let rows = try #require(MeetingScreenRows(commerce, screen))
    #expect(rows.agreement(at: screen.selection)?.agreement.text == "Casus van Ahmed vooraf lezen")
    #expect(app.screenText.contains("▸"))
  }

  @Test func agendaItemsMinutesAndDecisionsOpenTheirMeeting() throws {
    var app = TestApp.searchDemo()
    app.send(.character("/"))
    app.type("rubric")
    let commerce = try #require(app.commerce)
    let first = try #require(commerce.meeting(number: 1))
    let second = try #require(commerce.meeting(number: 2))
    let hits = try #require(app.searchScreen).hits(ContextSource(app.state).search())
    #expect(
      hits.map(\.kind) == [
        .agendaItem, .minutesNote, .minutesNote, .decision, .theme, .dynamicsNote,
      ])
    // The agenda item, its notes in the minutes, the general notes, the decision.
    let expected: [(UUID, MeetingScreen.Section, Int)] = [
      (first.id, .agenda, 1), (first.id, .agenda, 1), (second.id, .notes, 0),
      (first.id, .agenda, 1),
    ]
    for (offset, (meeting, section, selection)) in expected.enumerated() {
      var jump = app
      for _ in 0..<offset { jump.send(.down) }
      jump.send(.enter)
      let screen = try #require(jump.meetingScreen, "hit \(offset)")
      #expect(screen.meetingID == meeting, "hit \(offset)")
      #expect(screen.section == section, "hit \(offset)")
      #expect(screen.selection == selection, "hit \(offset)")
    }
  }

  @Test func aThemeOpensItsTabAPrivateNoteTheTimelineAndTheNoteSaysItIsPrivate() throws {
    var app = TestApp.searchDemo()
    app.send(.character("/"))
    app.type("rubric")
    let rows = app.screen
    #expect(rows.contains { $0.contains("Group dynamics (private)") })
    #expect(
      rows.contains { $0.contains("Zoë wil haar rubric nog niet delen") && $0.contains("private") })
    app.send(.end)  // text: the end of the query, not the last hit
    #expect(app.searchScreen?.selection == 0)
    app.send(.pageDown)
    #expect(app.searchScreen?.selection == 5)
    app.send(.enter)
    // The note: the notes timeline, on it.
    guard case .notes(let notes) = app.state.route else {
      Issue.record("a note opens the notes timeline: \(app.state.route)")
      return
    }
    #expect(notes.communityID == app.commerce?.id)
    #expect(notes.selection == 0)
    #expect(notes.memberID == nil)
    // The theme: the themes tab, on it.
    app.send(.escape, .up, .enter)
    #expect(app.communityScreen?.tab == .themes)
    #expect(app.communityScreen?.themeSelection == 0)
  }

  @Test func questionMarkAndUAreTextBackspaceAndCtrlUEdit() {
    var app = TestApp.demo()
    app.send(.character("/"))
    app.type("u?")
    #expect(app.searchScreen?.query.text == "u?")
    #expect(app.state.overlays.isEmpty)
    app.send(.backspace)
    #expect(app.searchScreen?.query.text == "u")
    app.send(.control("u"))
    #expect(app.searchScreen?.query.text == "")
    app.send(.control("u"))
    #expect(app.state.flash == "Type what you are looking for first.")
    app.send(.enter)
    #expect(app.state.flash == "Type what you are looking for first.")
    app.type("xyz")
    app.send(.enter)
    #expect(app.state.flash == "No hit to go to.")
    #expect(app.screenText.contains("Nothing found for “xyz”."))
  }

  @Test func whileTheCommunitiesAreReadTheSearchShowsWhatItHasAndKeysWork() throws {
    var app = TestApp.demo()
    app.holdsLoadAll = true
    app.send(.character("/"))
    app.type("a")
    #expect(app.screenText.contains("reading 0 of 2 communities…"))
    let history = try #require(app.stored(named: "VLG Geschiedenis Antwerpen"))
    app.dispatch(.loaded(history, notebook: app.notebook(history.id), then: .remember))
    #expect(app.screenText.contains("reading 1 of 2 communities…"))
    #expect(app.screenText.contains("VLG Geschiedenis Antwerpen"))
    #expect(!app.screenText.contains("VLG Handel Kempen"))
    app.type("hmed")
    #expect(app.screenText.contains("Nothing found for “ahmed” yet."))
    let commerce = try #require(app.commerce)
    app.dispatch(.loaded(commerce, notebook: app.notebook(commerce.id), then: .remember))
    app.dispatch(.allLoaded(then: .search))
    #expect(!app.screenText.contains("reading"))
    #expect(app.screenText.contains("Ahmed El Amrani"))
    #expect(app.searchScreen != nil)
  }

  @Test(arguments: Language.allCases)
  func theStatusLineShowsTheSearchsKeys(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.character("/"))
    app.type("casus")
    let status = app.screen.last ?? ""
    #expect(status.contains("⏎ " + (language == .nl ? "ga naar" : "go to")))
    #expect(status.contains("Esc " + (language == .nl ? "terug" : "back")))
    #expect(!status.contains("? "))
  }
}
