import CoachCore
import Foundation
import Testing

@testable import CoachUI

@Suite("The meeting screen: agreements, notes and the minutes")
struct MeetingAgreementTests {
  func agreements(_ number: Int = 3) -> TestApp {
    var app = TestApp.meeting(number)
    app.send(.tab, .tab)
    return app
  }

  func agreement(_ number: Int, _ app: TestApp) -> Agreement? {
    app.commerce?.agreement(number: number)
  }

  @Test func theReviewListComesFirstWithTheOutcomeRecordedHere() {
    let app = agreements(2)
    let text = app.screenText
    #expect(text.contains("Review of agreements from earlier meetings"))
    #expect(app.screen[4].contains("Hoofdstuk 3 (boekhouding) afwerken"))
    #expect(app.screen[4].contains("done"))
    #expect(app.screen[5].contains("Zoë Dëmeester"))
    #expect(app.screen[6].contains("partly"))
    #expect(app.screen[7].contains("Jan de Vries, Marie Claes · carried over 1×"))
    #expect(app.screen[8].contains("Oefenbundel voorzien"))
    #expect(app.screen[8].contains("open"))
    #expect(text.contains("Agreements made in this meeting"))
    #expect(text.contains("Evaluatiecriteria uitwerken in deelgroep"))
    #expect(text.contains("Ahmed El Amrani, Els Peeters · by 8 Dec 2026"))
  }

  /// A held meeting shows what became of the agreements made in it, as of that meeting.
  @Test func theAgreementsMadeInAHeldMeetingShowTheirStatus() throws {
    var app = agreements(2)
    let row = try #require(app.screen.firstIndex { $0.contains("Evaluatiecriteria") })
    #expect(app.screen[row].trimmingCharacters(in: .whitespaces).hasSuffix("open"))
    // Done between meetings, today: open as of meeting 2, and the screen says it is done now.
    app.send(.end, .character("c"), .control("s"))
    #expect(app.screen[row].trimmingCharacters(in: .whitespaces).hasSuffix("open · now done"))
  }

  @Test func addingAnAgreementResolvesOwnersByPrefix() throws {
    var app = agreements()
    app.send(.character("a"), .right)  // (b) discuss critically
    app.send(.tab)
    app.type("Casus van Marie lezen")
    app.send(.tab)
    app.type("zo, jan d")
    app.send(.tab)  // completes “Jan de Vries”
    app.send(.tab)
    app.type("2026-12-20")
    app.send(.control("s"))
    #expect(app.state.overlays.isEmpty)
    let made = try #require(agreement(5, app))
    let community = try #require(app.commerce)
    #expect(made.kind == .discuss)
    #expect(made.text == "Casus van Marie lezen")
    #expect(
      made.owners.compactMap { community.member(withID: $0)?.name } == [
        "Zoë Dëmeester", "Jan de Vries",
      ])
    #expect(made.madeIn == app.storedMeeting(3)?.id)
    #expect(made.due == .day(try #require(CalendarDay(iso: "2026-12-20"))))
    #expect(app.meetingScreen?.selection == 3)
    #expect(app.screenText.contains("Added agreement 5"))
    app.send(.character("u"))
    #expect(agreement(5, app) == nil)
  }

  /// The section's lists are kept between keys (`ViewMemo`): an agreement made here shows at
  /// once, and moving down to it selects it.
  @Test func anAgreementMadeHereIsListedAtOnce() throws {
    var app = agreements()
    let before = app.screen.filter { $0.contains("Bundel voorzien") }.count
    app.send(.character("a"), .tab)
    app.type("Bundel voorzien")
    app.send(.tab)
    app.type("Bram")
    app.send(.control("s"))
    #expect(app.screen.filter { $0.contains("Bundel voorzien") }.count == before + 1)
    app.send(.end)
    let row = try #require(app.screen.firstIndex { $0.contains("Bundel voorzien") })
    #expect(app.frame.canvas[1, row].style == .selection)
  }

  @Test func anEmptyDueMeansTheNextMeeting() throws {
    var app = agreements()
    app.send(.character("a"), .tab)
    app.type("Bundel voorzien")
    app.send(.tab)
    app.type("Bram")
    app.send(.control("s"))
    #expect(agreement(5, app)?.due == .nextMeeting)
    #expect(agreement(5, app)?.kind == .finish)
  }

  @Test func anUnknownOwnerIsNamedInTheForm() throws {
    var app = agreements()
    app.send(.character("a"), .tab)
    app.type("Iets doen")
    app.send(.tab)
    app.type("Jan, Piet")
    app.send(.control("s"))
    let form = try #require(app.openForm)
    #expect(form.error == "No member of VLG Handel Kempen matches “Piet”.")
    #expect(form.focusedField?.id == .owners)
    #expect(agreement(5, app) == nil)
    // The focus moved there: a marker says so, and the error names the field.
    #expect(app.screen.contains { $0.contains("│ ▸ Who *") && $0.contains("Jan, Piet") })
    #expect(app.screenText.contains("Who: No member of VLG Handel Kempen matches “Piet”."))
  }

  @Test func anAmbiguousOwnerNamesTheCandidates() throws {
    var app = agreements()
    app.send(.escape, .backTab, .character("a"))
    app.type("Jana Peeters")
    app.send(.control("s"), .tab, .enter, .tab, .tab)
    app.send(.character("a"), .tab)
    app.type("Iets doen")
    app.send(.tab)
    app.type("jan")
    app.send(.control("s"))
    #expect(app.openForm?.error?.contains("Jan de Vries, Jana Peeters") == true)
  }

  @Test func reviewingInAMeetingHeldRecordsTheOutcomeInThatMeeting() throws {
    var app = agreements(2)  // held on 13 Oct
    let meetingID = try #require(app.storedMeeting(2)?.id)
    // Agreement 3 (never reviewed): done, in meeting 2's review, on its day.
    app.send(.down, .down, .character("c"), .control("s"))
    #expect(agreement(3, app)?.status == .done)
    #expect(agreement(3, app)?.reviews.last?.meetingID == meetingID)
    #expect(agreement(3, app)?.reviews.last?.day == app.storedMeeting(2)?.day)
    #expect(app.screenText.contains("Agreement 3: done"))
    // A closed agreement stays closed.
    app.send(.home, .character("c"))
    #expect(app.state.overlays.isEmpty)
    #expect(app.screenText.contains("Agreement 1 is closed already."))
  }

  /// Following up before the meeting (as the research asks) is recorded between meetings,
  /// today: the meeting still to come gets no review before it happens.
  @Test func reviewingBeforeAMeetingIsRecordedBetweenMeetings() throws {
    var app = agreements()  // meeting 3, 8 Dec, still to come
    app.send(.character("c"), .control("s"))  // agreement 2 (partly in meeting 2): done
    #expect(agreement(2, app)?.status == .done)
    #expect(agreement(2, app)?.reviews.last?.meetingID == nil)
    #expect(agreement(2, app)?.reviews.last?.day == TestApp.today)
    // Closed before meeting 3, it leaves that meeting's review list.
    #expect(
      !(app.commerce?.agreementsToReview(in: try #require(app.storedMeeting(3)?.id)) ?? [])
        .contains { $0.number == 2 })
  }

  @Test func droppingWithoutAReasonIsRefusedInTheForm() throws {
    var app = agreements()
    app.send(.down, .character("c"), .right, .right, .right)  // dropped
    #expect(app.openForm?.fields.first?.selectedIndex == 3)
    app.send(.control("s"))
    let form = try #require(app.openForm)
    #expect(form.error == "Give a reason why the agreement is dropped.")
    #expect(form.focusedField?.id == .note)
    #expect(agreement(3, app)?.status == .open)
    app.type("Niet meer nodig: de uitgeverij levert een bundel")
    app.send(.control("s"))
    #expect(agreement(3, app)?.status == .dropped)
  }

  @Test func anAgreementMadeHereIsFollowedUpOnTheSameScreen() throws {
    var app = agreements(2)
    app.send(.end)
    let made = try #require(
      app.meetingScreen.flatMap { screen in
        app.commerce.flatMap { MeetingScreenRows($0, screen) }?.agreement(at: screen.selection)?
          .agreement
      })
    #expect(app.screenText.contains("follow up"))
    app.send(.enter)
    #expect(app.openForm?.title == "Follow up agreement \(made.number)")
    app.send(.right)  // done → partly
    app.send(.control("s"))
    #expect(app.state.overlays.isEmpty)
    let stored = try #require(app.commerce?.agreements.first { $0.id == made.id })
    #expect(stored.status == .partly)
    // Between meetings, dated today: meeting 2's minutes do not change.
    #expect(stored.reviews.last?.meetingID == nil)
    #expect(stored.reviews.last?.day == TestApp.today)
  }

  @Test func theNotesAreEditedInAForm() throws {
    var app = TestApp.meeting(3)
    app.send(.backTab)
    #expect(app.meetingScreen?.section == .notes)
    #expect(app.screenText.contains("No notes yet. Press e to write them."))
    app.send(.character("e"))
    app.type("Goede sfeer.")
    app.send(.enter)
    app.type("Volgende keer: de casus van Marie.")
    app.send(.control("s"))
    #expect(app.storedMeeting(3)?.notes == "Goede sfeer.\nVolgende keer: de casus van Marie.")
    #expect(app.screenText.contains("Volgende keer: de casus van Marie."))
    app.send(.character("u"))
    #expect(app.storedMeeting(3)?.notes == "")
  }

  @Test func xExportsTheMinutesOfThisMeeting() throws {
    var app = TestApp.meeting(2)
    app.send(.tab, .character("x"))
    #expect(app.openForm?.title == "Export the minutes")
    #expect(app.screenText.contains("leave empty: the store's exports folder"))
    app.send(.enter)
    #expect(app.exports.count == 1)
    #expect(app.exports.first?.meeting == app.storedMeeting(2)?.id)
    #expect(app.exports.first?.path == nil)
    #expect(app.screenText.contains("Saved to /store/exports/minutes.md"))
    guard case .exportMinutes(let community, _, _, _) = app.effects.last else {
      Issue.record("expected the export effect")
      return
    }
    #expect(community == app.commerce)

    app.send(.character("x"))
    app.type("~/verslagen/")
    app.send(.enter)
    #expect(app.exports.last?.path == "~/verslagen/")
    #expect(app.screenText.contains("Saved to ~/verslagen/"))
  }

  @Test func aFileThatExistsIsReplacedOnlyAfterYes() throws {
    var app = TestApp.meeting(2)
    let retry = Effect.exportMinutes(
      try #require(app.commerce), meeting: try #require(app.storedMeeting(2)?.id),
      path: "/tmp/x.md",
      replacing: "/tmp/x.md")
    app.dispatch(.exportWouldReplace(path: "/tmp/x.md", retry: retry))
    #expect(app.screenText.contains("/tmp/x.md exists already. Replace it?"))
    let before = app.effects.count
    app.send(.character("n"))
    #expect(app.effects.count == before)
    #expect(!app.screenText.contains("Replace it?"))

    app.dispatch(.exportWouldReplace(path: "/tmp/x.md", retry: retry))
    app.send(.character("y"))
    #expect(app.effects.last == retry)
    #expect(app.screenText.contains("Saved to /tmp/x.md"))
  }

  @Test func aFailedExportIsSaid() {
    var app = TestApp.meeting(2, language: .nl)
    app.dispatch(.exportFailed(message: "De map /nergens bestaat niet."))
    #expect(app.screenText.contains("De map /nergens bestaat niet."))
    app.dispatch(.exported(path: "/tmp/x.md"))
    #expect(app.screenText.contains("Bewaard in /tmp/x.md"))
  }
}

@Suite("Partly stays partly on every screen")
struct PartlyEverywhereTests {
  func line(_ text: String, in app: TestApp) -> String {
    app.screen.first { $0.contains(text) } ?? ""
  }

  @Test func onTheNextMeetingsListTheFollowUpListAndTheLiveReview() {
    // The demo recorded “partly” for agreement 2 in meeting 2.
    var app = TestApp.meeting(3)
    app.send(.tab, .tab)
    #expect(line("Casus van Ahmed vooraf lezen", in: app).hasSuffix("partly"))
    app.send(.escape, .character("f"))
    #expect(line("Casus van Ah", in: app).contains("partly"))
    app.send(.escape, .character("m"), .character("y"), .character("n"))  // the review item
    #expect(line("Casus van Ahmed vooraf lezen", in: app).contains("· partly"))
  }
}

@Suite("Planning the next meeting")
struct PlanNextMeetingTests {
  @Test func aThenCtrlSPlansItFourWeeksAfterTheLastOneSameWeekdayTimeAndPlace() throws {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab)
    let last = try #require(app.commerce?.meetingsInOrder.last)
    app.send(.character("a"), .control("s"))
    let planned = try #require(app.commerce?.meetingsInOrder.last)
    #expect(planned.id != last.id)
    #expect(planned.day == last.day.adding(days: 28))
    #expect(planned.time == last.time)
    #expect(planned.place == last.place)
    #expect(!planned.agenda.isEmpty)
  }
}

@Suite("Correcting and deleting an agreement")
struct AgreementCorrectionTests {
  func agreement(_ number: Int, _ app: TestApp) -> Agreement? {
    app.commerce?.agreement(number: number)
  }

  @Test func eOpensItsValuesAndSavesTheCorrection() throws {
    var app = TestApp.meeting(2)
    app.send(.tab, .tab, .end)  // agreement 4, made in meeting 2
    app.send(.character("e"))
    let form = try #require(app.openForm)
    #expect(form.title == "Correct agreement 4")
    #expect(form.value(.text) == "Evaluatiecriteria uitwerken in deelgroep")
    #expect(form.value(.owners) == "Ahmed El Amrani, Els Peeters")
    app.send(.tab)
    app.type("Evaluatiecriteria uitwerken in twee deelgroepen")  // replaces the old text
    app.send(.tab)
    app.type("vries")  // replaces the owners: found by a word of the name
    app.send(.control("s"))
    #expect(app.state.overlays.isEmpty)
    let corrected = try #require(agreement(4, app))
    #expect(corrected.text == "Evaluatiecriteria uitwerken in twee deelgroepen")
    #expect(app.commerce?.memberNames(corrected.owners) == ["Jan de Vries"])
    app.send(.character("u"))
    #expect(agreement(4, app)?.text == "Evaluatiecriteria uitwerken in deelgroep")
  }

  @Test func dDeletesOneMadeByMistakeAfterAskingAndUBringsItBack() throws {
    var app = TestApp.meeting(2)
    app.send(.tab, .tab, .end, .character("d"))
    #expect(app.screenText.contains("Delete agreement 4"))
    app.send(.character("j"))  // not a yes in English
    #expect(agreement(4, app) != nil)
    app.send(.character("d"), .character("y"))
    #expect(agreement(4, app) == nil)
    app.send(.character("u"))
    #expect(agreement(4, app) != nil)
  }

  /// Refused before the question, in a sentence that fits the message line whole at 80
  /// columns, in both languages, and names what to do instead.
  @Test(arguments: Language.allCases)
  func oneAlreadyFollowedUpIsRefusedBeforeAsking(_ language: Language) throws {
    var app = TestApp.meeting(2, language: language)
    app.send(.tab, .tab, .down, .character("d"))  // agreement 2: partly, in meeting 2
    #expect(app.state.overlays.isEmpty)
    let expected =
      language == .nl
      ? "Afspraak 2 is al opgevolgd en blijft. Schrap ze met c, met een reden."
      : "Agreement 2 was followed up, so it stays. Drop it with c and a reason."
    #expect(app.screen[22].trimmingCharacters(in: .whitespaces) == expected)
    app.send(.home, .character("d"))  // agreement 1: done
    #expect(app.state.overlays.isEmpty)
    #expect(agreement(1, app) != nil)
    #expect(
      app.screenText.contains(
        language == .nl ? "Afspraak 1 is al opgevolgd" : "Agreement 1 was followed up"))
  }
}
