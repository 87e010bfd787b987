import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The live meeting mode driven with keys; the clock only moves with `.tick(now:)`.
@Suite("The live meeting: timer, quick capture, attendance")
struct LiveMeetingTests {
  /// “VLG Handel Kempen”, meeting 3 (planned for 8 Dec) in the live mode: `m` asks whether
  /// it takes place today, `y` moves it to today (21 Nov) and starts its clock.
  static func live(_ language: Language = .en, width: Int = 80, height: Int = 24) -> TestApp {
    var app = TestApp.demo(language: language, width: width, height: height)
    app.send(.down, .enter, .tab, .tab, .character("m"), .character("y"))
    return app
  }

  static func at(_ minutes: Double) -> Date { TestApp.now.addingTimeInterval(minutes * 60) }

  func meeting(_ app: TestApp) throws -> Meeting {
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    return try #require(community.meeting(number: 3))
  }

  func liveScreen(_ app: TestApp) -> LiveMeetingScreen? {
    if case .live(let screen) = app.state.route { return screen }
    return nil
  }

  /// The style of the first cell on screen showing `text`.
  func style(of text: String, in app: TestApp) -> StyleRole? {
    let canvas = app.frame.canvas
    for (y, row) in canvas.textRows().enumerated() {
      guard let range = row.range(of: text) else { continue }
      let column = DisplayWidth.width(of: String(row[..<range.lowerBound]))
      return canvas[column, y].style
    }
    return nil
  }

  @Test func mOnAMeetingStartsTheLiveModeAndTheFirstItem() throws {
    let app = Self.live()
    #expect(liveScreen(app)?.current == 0)
    let meeting = try meeting(app)
    #expect(meeting.agenda[0].startedAt == TestApp.now)
    #expect(meeting.agenda.dropFirst().allSatisfy { $0.startedAt == nil })
    #expect(app.screenText.contains("Meeting 3 · VLG Handel Kempen · Sat 21 Nov"))
    #expect(app.screenText.contains("⏱ 0 min / 1 h 25"))
    #expect(app.screenText.contains("▶ 0:00"))
  }

  @Test func theTimerTicksWithTheClock() throws {
    var app = Self.live()
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(95)))
    #expect(app.screenText.contains("▶ 1:35"))
    #expect(app.screenText.contains("1:35 / 5′"))
    #expect(!app.screenText.contains("over time"))
    #expect(style(of: "▶ 1:35", in: app) == .selection)
  }

  @Test func anOverrunShowsInTheWarningStyleAndInWords() throws {
    var app = Self.live()
    app.dispatch(.tick(now: Self.at(7.5)))
    #expect(app.screenText.contains("▶ 7:30"))
    #expect(app.screenText.contains("7:30 / 5′ · 2′ over time"))
    #expect(style(of: "▶ 7:30", in: app) == .warning)
    #expect(style(of: "2′ over time", in: app) == .warning)
    #expect(style(of: "⏱", in: app) == .title)
    // The whole agenda (85 minutes) runs over too.
    app.send(.character("n"), .character("n"), .character("n"), .character("n"))
    app.dispatch(.tick(now: Self.at(87)))
    #expect(app.screenText.contains("⏱ 1 h 27 / 1 h 25"))
    #expect(style(of: "⏱", in: app) == .warning)
  }

  @Test func nEndsTheItemAndStartsTheNextPGoesBackAndResumes() throws {
    var app = Self.live()
    app.dispatch(.tick(now: Self.at(4)))
    app.send(.character("n"))
    let afterNext = try meeting(app)
    #expect(afterNext.agenda[0].endedAt == Self.at(4))
    #expect(afterNext.agenda[1].startedAt == Self.at(4))
    #expect(liveScreen(app)?.current == 1)
    #expect(app.screenText.contains("✓ 4′"))
    #expect(app.screenText.contains("Now: 2 · Terugblik op de afspraken"))

    app.dispatch(.tick(now: Self.at(7)))
    app.send(.character("p"))
    let afterBack = try meeting(app)
    #expect(liveScreen(app)?.current == 0)
    #expect(afterBack.agenda[1].minutesSpent(now: Self.at(60)) == 3)
    #expect(afterBack.agenda[0].isRunning)
    app.dispatch(.tick(now: Self.at(8)))
    #expect(app.screenText.contains("▶ 5:00"))  // 4 minutes before, 1 since going back
    #expect(app.screenText.contains("⏱ 8 min / 1 h 25"))

    app.send(.character("p"))
    #expect(app.screenText.contains("This is the first item."))
    #expect(liveScreen(app)?.current == 0)
  }

  @Test func undoOfNextPutsTheTimerAndTheHighlightBack() throws {
    var app = Self.live()
    app.dispatch(.tick(now: Self.at(4)))
    app.send(.character("n"), .character("u"))
    let meeting = try meeting(app)
    #expect(meeting.agenda[0].isRunning)
    #expect(meeting.agenda[0].startedAt == TestApp.now)
    #expect(meeting.agenda[1].startedAt == nil)
    #expect(app.screenText.contains("Undone: now: 2 · Terugblik op de afspraken"))
    #expect(app.screen.contains { $0.hasPrefix(" ▸ 1 Opening") })
    app.send(.character("n"))
    #expect(liveScreen(app)?.current == 1)
  }

  @Test func afterTheLastItemTheAgendaIsDone() throws {
    var app = Self.live()
    for minute in 1...5 {
      app.dispatch(.tick(now: Self.at(Double(minute * 10))))
      app.send(.character("n"))
    }
    let done = try meeting(app)
    #expect(done.agenda.allSatisfy { $0.isDone })
    #expect(liveScreen(app)?.current == 5)
    // n on the last item ended the meeting: the next steps are offered.
    #expect(app.screenText.contains("Meeting 3 has ended after 50 min."))
    #expect(app.screenText.contains("x write the minutes"))
    #expect(app.screenText.contains("a plan the next"))
    app.send(.escape)
    #expect(app.screenText.contains("The meeting has ended."))
    app.dispatch(.tick(now: Self.at(90)))
    #expect(app.screenText.contains("⏱ 50 min / 1 h 25"))
    app.send(.character("n"))  // nothing past the end, and it says so
    #expect(try meeting(app) == done)
    #expect(app.screenText.contains("The meeting has ended."))
    app.send(.character("p"))  // back into the last item, which carries on
    #expect(try meeting(app).agenda[4].isRunning)
  }

  @Test func escLeavesTheTimerRunningAndMComesBackToIt() throws {
    var app = Self.live()
    app.dispatch(.tick(now: Self.at(2)))
    app.send(.escape)
    guard case .community = app.state.route else {
      Issue.record("Esc goes back to the community")
      return
    }
    #expect(try meeting(app).agenda[0].isRunning)
    app.dispatch(.tick(now: Self.at(3)))
    app.send(.character("m"))
    #expect(try meeting(app).agenda[0].startedAt == TestApp.now)
    #expect(app.screenText.contains("▶ 3:00"))
  }

  @Test func aNoteAndADecisionGoIntoTheCurrentItem() throws {
    var app = Self.live(.nl)
    app.send(.character("n"), .character("n"), .character("t"))
    #expect(
      app.screenText.contains(
        "Notitie in het verslag · 3 · Kritische bespreking van het materiaal"))
    app.type("Ahmed toont zijn casus")
    app.send(.enter)
    app.send(.character("t"))
    app.type("Discussie over evaluatiecriteria")
    app.send(.enter)
    app.send(.character("b"))
    app.type("Criteria uitwerken in deelgroep")
    app.send(.enter)
    let item = try meeting(app).agenda[2]
    #expect(item.notes == "Ahmed toont zijn casus\nDiscussie over evaluatiecriteria")
    #expect(item.decisions == ["Criteria uitwerken in deelgroep"])
    #expect(app.state.overlays.isEmpty)
    #expect(app.screenText.contains("   Ahmed toont zijn casus"))
    #expect(app.screenText.contains("   Besluit: Criteria uitwerken in deelgroep"))
    #expect(app.screenText.contains("Besluit toegevoegd"))
    app.send(.character("u"))
    #expect(try meeting(app).agenda[2].decisions.isEmpty)
  }

  @Test func anEmptyNoteKeepsTheFormOpenWithAHint() throws {
    var app = Self.live()
    app.send(.character("t"), .enter)
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The form stays open")
      return
    }
    #expect(form.error == "Type something first, or Esc to cancel.")
    #expect(try meeting(app).agenda[0].notes.isEmpty)
  }

  @Test func anAgreementIsMadeInThisMeetingWithOwnersByName() throws {
    var app = Self.live()
    app.send(.character("h"), .right, .tab)  // (b) discuss critically
    app.type("Casus van Marie vooraf lezen")
    app.send(.tab)
    app.type("zoë, jan")
    app.send(.tab)  // completes “Jan de Vries”
    app.send(.tab)
    app.type("2026-12-01")
    app.send(.enter)
    #expect(app.state.overlays.isEmpty)
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let meeting = try meeting(app)
    let agreement = try #require(community.agreementsMade(in: meeting.id).first)
    #expect(agreement.kind == .discuss)
    #expect(agreement.text == "Casus van Marie vooraf lezen")
    #expect(community.memberNames(agreement.owners) == ["Zoë Dëmeester", "Jan de Vries"])
    #expect(agreement.due == .day(try #require(CalendarDay(iso: "2026-12-01"))))
    #expect(app.screenText.contains("Agreement 5 added"))
    // The agreements item lists it.
    app.send(.character("n"), .character("n"), .character("n"))
    #expect(
      app.screenText.contains("(b) Casus van Marie vooraf lezen — Zoë Dëmeester, Jan de Vries"))
  }

  @Test func anUnknownOwnerIsExplainedOnTheOwnersField() throws {
    var app = Self.live()
    app.send(.character("h"), .tab)
    app.type("Oefenbundel voorzien")
    app.send(.tab)
    app.type("Jan, Xavier")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The form stays open")
      return
    }
    #expect(form.error == "No member of VLG Handel Kempen matches “Xavier”.")
    #expect(form.focusedField?.id == .owners)
    #expect(try #require(app.stored(named: "VLG Handel Kempen")).agreements.count == 4)
    // “Jan” alone is fine (one member starts so); an empty owner list is not.
    app.send(.control("u"))
    app.send(.control("s"))
    guard case .form(let again) = app.state.overlays.last else {
      Issue.record("The form stays open")
      return
    }
    #expect(again.error == "An agreement needs at least one owner.")
  }

  @Test func theAttendancePanelCyclesAMembersAttendance() throws {
    var app = Self.live()
    app.send(.character("A"))
    #expect(liveScreen(app)?.showsAttendance == true)
    #expect(app.screenText.contains("Present 0 of 7"))
    app.send(.down, .down, .down, .character(" "))  // by name: Ahmed, Bram, Els, Jan
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let jan = try #require(community.members.first { $0.name == "Jan de Vries" })
    #expect(try meeting(app).attendance[jan.id] == .present)
    #expect(app.screenText.contains("Present 1 of 7"))
    #expect(app.screenText.contains("Jan de Vries: present"))
    var seen: [Attendance?] = []
    for _ in 0..<4 {
      app.send(.character(" "))
      seen.append(try meeting(app).attendance[jan.id])
    }
    #expect(seen == [.late, .absent, .excused, nil])
    #expect(app.screenText.contains("Jan de Vries: not recorded"))
    // The live keys still work with the panel open; A closes it.
    app.send(.character("n"))
    #expect(liveScreen(app)?.current == 1)
    app.send(.character("A"))
    #expect(liveScreen(app)?.showsAttendance == false)
    #expect(!app.screenText.contains("Present 0 of 7"))
  }

  /// At 80 columns the status line keeps what matters now: attendance (A) until it is
  /// taken, then the decision key; on the last item n ends the meeting and h still shows.
  @Test(arguments: Language.allCases)
  func theStatusLineShowsWhatMattersNow(_ language: Language) {
    let nl = language == .nl
    var app = Self.live(language)
    var line = app.screen[23]
    for hint in ["n ", "t ", "h ", nl ? "A aanwezig" : "A attendance", "Esc "] {
      #expect(line.contains(hint), "\(hint) in \(line)")
    }
    app.send(.character("A"), .character("P"), .escape)
    line = app.screen[23]
    #expect(line.contains(nl ? "b besluit" : "b decision"), "\(line)")
    app.send(.character("n"), .character("n"), .character("n"), .character("n"))
    line = app.screen[23]
    for hint in [nl ? "n afsluiten" : "n end meeting", nl ? "h afspraak" : "h agreement"] {
      #expect(line.contains(hint), "\(hint) in \(line)")
    }
    app.send(.escape)  // the meetings tab
    #expect(app.screen[23].contains("x export"), "\(app.screen[23])")
  }

  /// The panel lists the members by name, like the attendance tab and the minutes.
  @Test func theAttendancePanelListsMembersByName() throws {
    var app = Self.live()
    app.send(.character("A"))
    let names = [
      "Ahmed El Amrani", "Bram Wouters", "Els Peeters", "Jan de Vries", "Marie Claes",
      "Sofie Janssens", "Zoë Dëmeester",
    ]
    let rows = names.compactMap { name in app.screen.firstIndex { $0.contains(name) } }
    #expect(rows.count == names.count)
    #expect(rows == rows.sorted())
    app.send(.character("e"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let ahmed = try #require(community.members.first { $0.name == "Ahmed El Amrani" })
    #expect(try meeting(app).attendance[ahmed.id] == .excused)
  }

  @Test func aReadOnlyStoreOpensTheScreenWithoutATimer() throws {
    var app = TestApp.demo()
    app.state.saveStatus = .readOnly("The store is read-only.")
    app.send(.down, .enter, .tab, .tab, .character("m"))
    #expect(liveScreen(app) != nil)
    #expect(try meeting(app).agenda[0].startedAt == nil)
    app.send(.character("t"))
    #expect(app.state.overlays.isEmpty)
  }

  @Test func runningAMeetingOnAnotherDayAsksWhetherItTakesPlaceTodayAndMovesIt() throws {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab, .character("m"))
    #expect(liveScreen(app) != nil)
    #expect(app.screenText.contains("Meeting 3 is planned for Tue 8 Dec 2026. Is it taking place"))
    // No: a look at the agenda, no clock, the date stays.
    app.send(.character("n"))
    #expect(try meeting(app).agenda.allSatisfy { $0.startedAt == nil })
    #expect(try meeting(app).day == CalendarDay(year: 2026, month: 12, day: 8))
    // n (next item) is a start: it asks again; yes moves the meeting to today and starts it.
    app.send(.character("n"))
    #expect(app.screenText.contains("Is it taking place"))
    app.send(.character("y"))
    #expect(try meeting(app).agenda[0].startedAt == TestApp.now)
    #expect(try meeting(app).day == TestApp.today)
    #expect(app.screenText.contains("Meeting 3 · VLG Handel Kempen · Sat 21 Nov"))
    // One change: one undo puts the date and the clock back.
    app.send(.character("u"))
    #expect(try meeting(app).day == CalendarDay(year: 2026, month: 12, day: 8))
    #expect(try meeting(app).agenda[0].startedAt == nil)
  }

  @Test func escClosesTheAttendancePanelBeforeLeaving() {
    var app = Self.live()
    app.send(.character("A"), .escape)
    #expect(liveScreen(app)?.showsAttendance == false)
    app.send(.escape)
    #expect(liveScreen(app) == nil)
  }
}

@Suite("Following up the review list in the live mode")
struct LiveReviewTests {
  @Test func cRecordsWhatBecameOfAnOpenAgreementInThisMeeting() throws {
    var app = LiveMeetingTests.live()
    app.send(.character("c"))
    let form = try #require(app.openForm)
    #expect(form.title == "Follow up an agreement")
    // The open ones of the review list: 2 (partly so far), 3 and 4.
    guard case .choice(let options, _) = form.fields[0].kind else {
      Issue.record("expected a choice of agreements")
      return
    }
    #expect(options.count == 3)
    #expect(options[0].hasPrefix("2 (b) Casus van Ahmed"))
    app.send(.right)  // agreement 3
    app.send(.tab)  // the outcome: done
    app.send(.control("s"))
    #expect(app.state.overlays.isEmpty)
    let community = try #require(app.commerce)
    let third = try #require(community.meeting(number: 3))
    let agreement = try #require(community.agreement(number: 3))
    #expect(community.status(of: agreement, asOf: third.id) == .done)
    #expect(agreement.reviews.last?.meetingID == third.id)
    #expect(app.screenText.contains("Agreement 3: done"))
  }

  @Test func withNothingOpenToReviewCSaysSo() {
    var app = LiveMeetingTests.live()
    for _ in 0..<3 {
      app.send(.character("c"), .control("s"))
    }
    app.send(.character("c"))
    #expect(app.state.overlays.isEmpty)
    #expect(app.screenText.contains("No open agreements to follow up in this meeting."))
  }
}

@Suite("Ending a meeting before its last item")
struct EndEarlyTests {
  @Test func eEndsItItemsNotReachedStayUnreachedAndNothingRestartsTheClock() throws {
    var app = LiveMeetingTests.live()
    app.dispatch(.tick(now: LiveMeetingTests.at(3)))
    app.send(.character("E"))
    #expect(app.screenText.contains("Meeting ended"))
    app.send(.escape)
    let community = try #require(app.commerce)
    let meeting = try #require(community.meeting(number: 3))
    #expect(meeting.hasEnded)
    #expect(meeting.agenda[0].isDone)
    #expect(meeting.agenda.dropFirst().allSatisfy { $0.startedAt == nil })
    #expect(app.screenText.contains("The meeting has ended."))
    app.send(.character("n"))
    #expect(app.commerce?.meeting(number: 3) == meeting)
    // Back on the meetings tab, m shows it again without starting a clock.
    app.send(.escape, .character("m"))
    #expect(app.commerce?.meeting(number: 3) == meeting)
    #expect(app.state.overlays.isEmpty)
  }
}
