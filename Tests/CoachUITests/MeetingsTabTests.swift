import CoachCore
import Testing

@testable import CoachUI

@Suite("The meetings tab: planning and listing meetings")
struct MeetingsTabTests {
  /// “VLG Handel Kempen” (two meetings held, one to come) on its meetings tab.
  func commerceMeetings(_ language: Language = .en, width: Int = 80, height: Int = 24) -> TestApp {
    var app = TestApp.demo(language: language, width: width, height: height)
    app.send(.down, .enter, .tab, .tab)
    return app
  }

  func communityScreen(_ app: TestApp) -> CommunityScreen? {
    if case .community(let screen) = app.state.route { return screen }
    return nil
  }

  @Test func theListStartsAtTheNextMeeting() throws {
    let app = commerceMeetings()
    let screen = try #require(communityScreen(app))
    #expect(screen.tab == .meetings)
    #expect(screen.meetingSelection == 2)
    #expect(app.screenText.contains("Tue 8 Dec 14:00"))
    #expect(app.screenText.contains("KA Geel, lokaal"))
  }

  /// A meeting run today is behind the coach: the tab opens on the next one planned, and
  /// does so each time it is opened, not where the list was left.
  @Test func theTabOpensOnTheNextMeetingNotOneRunToday() throws {
    var app = commerceMeetings()
    app.send(.character("a"), .control("u"))
    app.type(TestApp.today.iso)
    app.send(.control("s"))  // meeting 3 is today's, 4 on 8 Dec
    app.send(.character("m"), .character("E"), .escape, .escape)
    #expect(app.storedMeeting(3)?.hasEnded == true)
    app.send(.escape, .enter, .tab, .tab)
    #expect(communityScreen(app)?.meetingSelection == 3)
    app.send(.home, .tab, .tab, .tab, .tab)
    #expect(communityScreen(app)?.meetingSelection == 3)
  }

  /// The tab's lines are laid out once and kept between keys (`ViewMemo`): a change of
  /// the width, the community or the day lays them out again, and a key that moves the
  /// selection does not.
  @Test func theLinesFollowEveryChangeOfWhatTheyShow() throws {
    var app = commerceMeetings()
    #expect(app.screenText.contains("KA Geel, lokaal 2…"))
    app.dispatch(.resize(width: 120, height: 30))
    #expect(app.screenText.contains("KA Geel, lokaal 2.14"))

    app.send(.character("a"), .control("u"))
    app.type("2027-01-12")
    app.send(.tab)
    app.type("9:30")
    app.send(.control("s"))
    #expect(app.screenText.contains("Tue 12 Jan 2027 09:30"))

    // Meeting 3 (8 December) is still to come, then held once the day has passed.
    func row3IsDim() -> Bool {
      let canvas = app.frame.canvas
      guard let y = app.screen.firstIndex(where: { $0.contains("Tue 8 Dec") }) else { return false }
      return canvas[6, y].style == .dim
    }
    #expect(!row3IsDim())
    app.dispatch(.tick(now: TestApp.now.addingTimeInterval(20 * 86_400)))
    #expect(row3IsDim())
  }

  /// A member added today was not a member at the meetings already held: their counts stay
  /// as they were. Given an earlier "member since", they count from that day on.
  @Test func aMemberAddedTodayDoesNotChangeTheCountsOfMeetingsHeld() throws {
    var app = commerceMeetings()
    #expect(app.screenText.contains("5 of 7"))
    app.send(.backTab, .character("a"))  // the members tab, a new member
    app.type("Ines Wauters")
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let ines = try #require(community.members.first { $0.name == "Ines Wauters" })
    #expect(ines.joinedOn == TestApp.today)
    app.send(.tab)
    #expect(app.screenText.contains("5 of 7"))
    #expect(!app.screenText.contains("of 8"))

    // Back to the members tab, still on her: she joined in September after all.
    app.send(.backTab)
    app.send(.character("e"), .tab, .tab, .tab, .control("u"))
    app.type("2025-09-01")
    app.send(.control("s"))
    app.send(.tab)
    #expect(app.screenText.contains("5 of 8"))
  }

  @Test func planningAMeetingWithTheKeys() throws {
    var app = commerceMeetings()
    app.send(.character("a"), .control("u"))
    app.type("2027-01-12")
    app.send(.tab)
    app.type("9:30")
    app.send(.tab)
    app.type("Sint-Victor Turnhout")
    app.send(.enter)  // the last field: saves
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    let meeting = try #require(community.meeting(number: 4))
    #expect(meeting.day == CalendarDay(iso: "2027-01-12"))
    #expect(meeting.time == TimeOfDay(hour: 9, minute: 30))
    #expect(meeting.place == "Sint-Victor Turnhout")
    #expect(meeting.phase == .discussAndDevelop)
    #expect(meeting.agenda.first?.title == "Opening")
    #expect(communityScreen(app)?.meetingSelection == 3)
    #expect(app.screenText.contains("Planned meeting 4 on 12 Jan 2027"))
  }

  @Test func aMeetingPlannedBetweenOthersTakesItsNumberInDateOrder() throws {
    var app = commerceMeetings()
    app.send(.character("a"), .control("u"))
    app.type("2026-11-30")
    app.send(.control("s"))
    let community = try #require(app.stored(named: "VLG Handel Kempen"))
    #expect(community.meeting(number: 3)?.day == CalendarDay(iso: "2026-11-30"))
    #expect(communityScreen(app)?.meetingSelection == 2)
  }

  @Test func aBadTimeIsExplainedOnItsField() {
    var app = commerceMeetings()
    app.send(.character("a"), .tab)
    app.type("25:00")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("The form stays open")
      return
    }
    #expect(form.focusedField?.id == .time)
    #expect(form.error == "“25:00” is not a time; write HH:MM, e.g. 14:00.")
  }

  @Test func deletingAMeetingWithAgreementsIsRefusedWithoutOneItWorks() throws {
    var app = commerceMeetings()
    app.send(.home, .character("d"), .character("y"))  // meeting 1 has agreements
    #expect(app.stored(named: "VLG Handel Kempen")?.meetings.count == 3)
    #expect(app.screenText.contains("Agreements were made in meeting 1; remove those first."))
    app.send(.end, .character("d"))
    #expect(app.screenText.contains("Delete meeting 3 of Tue 8 Dec 2026?"))
    app.send(.character("y"))
    #expect(app.stored(named: "VLG Handel Kempen")?.meetings.count == 2)
    #expect(communityScreen(app)?.meetingSelection == 1)
    app.send(.character("u"))
    #expect(app.stored(named: "VLG Handel Kempen")?.meetings.count == 3)
  }

  @Test(arguments: Language.allCases)
  func snapshot(_ language: Language) {
    for (width, height) in [(80, 24), (120, 40)] {
      let app = commerceMeetings(language, width: width, height: height)
      assertSnapshot(app.frame.canvas, named: "meetings-\(language.rawValue)-\(width)x\(height)")
    }
  }

  @Test func noMeetingsYet() {
    var app = TestApp.demo()
    app.send(.enter, .tab, .tab)
    #expect(app.screenText.contains("No meetings yet. Press a to plan one."))
  }
}

@Suite("The calendar from the program")
struct CalendarFromTheProgramTests {
  @Test func xOnTheMeetingsTabExportsTheCalendarAlsoWhenReadOnly() {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab)
    app.state.saveStatus = .readOnly("Another vlgcoach has the store open.")
    // The export menu: the selected meeting's minutes first, then the calendar.
    app.send(.character("x"), .down)
    app.send(.enter)
    #expect(app.calendarExports == [nil])
    #expect(app.screenText.contains("Saved to /store/exports/calendar.ics"))
  }
}
