import CoachCore
import Testing

@testable import CoachUI

@Suite("The meeting screen: opening it and editing the agenda")
struct MeetingAgendaTests {
  @Test func enterOnAMeetingOpensItsScreen() throws {
    let app = TestApp.meeting(3)
    let screen = try #require(app.meetingScreen)
    #expect(screen.meetingID == app.storedMeeting(3)?.id)
    #expect(screen.section == .agenda)
    #expect(
      app.screen[0].contains(
        "Meeting 3 · VLG Handel Kempen · Tue 8 Dec 14:00 · KA Geel, lokaal 2.14"))
    #expect(app.screenText.contains("Planned in all: 85′ · from 14:00 to 15:25"))
    #expect(app.screenText.contains("↺ 3 to follow up"))
    var back = app
    back.send(.escape)
    guard case .community = back.state.route else {
      Issue.record("Esc goes back to the community")
      return
    }
  }

  @Test func addingAnItemPutsItAfterTheSelectedOneAndUndoRemovesIt() throws {
    var app = TestApp.meeting(3)
    app.send(.character("a"))
    app.type("Casus van Ahmed")
    app.send(.tab, .control("u"))
    app.type("20")
    app.send(.tab)
    app.type("Ahmed El Amrani")
    app.send(.control("s"))
    let agenda = try #require(app.storedMeeting(3)?.agenda)
    #expect(agenda.count == 6)
    #expect(agenda[1].title == "Casus van Ahmed")
    #expect(agenda[1].plannedMinutes == 20)
    #expect(agenda[1].presenter == "Ahmed El Amrani")
    #expect(app.meetingScreen?.selection == 1)
    #expect(app.screenText.contains("Added agenda item “Casus van Ahmed”"))
    app.send(.character("u"))
    #expect(app.storedMeeting(3)?.agenda.count == 5)
    app.send(.control("r"))
    #expect(app.storedMeeting(3)?.agenda.count == 6)
  }

  @Test func editingAnItemKeepsItsRoleAndTakesNotesAndDecisionsOnePerLine() throws {
    var app = TestApp.meeting(3)
    app.send(.down, .character("e"))
    #expect(app.openForm?.value(.title) == "Terugblik op de afspraken")
    app.send(.tab, .control("u"))
    app.type("20")
    app.send(.tab, .tab)
    app.type("Iedereen vertelt kort.")
    app.send(.enter)
    app.type("Jan begint.")
    app.send(.tab)
    app.type("Criteria in deelgroep")
    app.send(.enter)
    app.type("Bundel tegen januari")
    app.send(.control("s"))
    let item = try #require(app.storedMeeting(3)?.agenda[1])
    #expect(item.title == "Terugblik op de afspraken")
    #expect(item.plannedMinutes == 20)
    #expect(item.role == .agreementReview)
    #expect(item.notes == "Iedereen vertelt kort.\nJan begint.")
    #expect(item.decisions == ["Criteria in deelgroep", "Bundel tegen januari"])
    #expect(app.screenText.contains("Planned in all: 90′"))
    #expect(app.screenText.contains("• Bundel tegen januari"))
  }

  @Test func badMinutesAndAnEmptyTitleAreExplainedOnTheirField() throws {
    var app = TestApp.meeting(3)
    app.send(.character("a"))
    app.type("Pauze")
    app.send(.tab, .control("u"))
    app.type("veel")
    app.send(.control("s"))
    var form = try #require(app.openForm)
    #expect(form.error == "“veel” is not a number of minutes.")
    #expect(form.focusedField?.id == .minutes)
    app.send(.control("u"))
    app.type("15")
    app.send(.backTab, .control("u"), .control("s"))
    form = try #require(app.openForm)
    #expect(form.error == "Give the agenda item a title.")
    #expect(form.focusedField?.id == .title)
    #expect(app.storedMeeting(3)?.agenda.count == 5)
  }

  @Test func deletingAnItemAsksFirstAndUndoBringsItBack() throws {
    var app = TestApp.meeting(3)
    app.send(.end, .character("d"))
    #expect(app.screenText.contains("Delete agenda item “Nabespreking”?"))
    app.send(.character("n"))
    #expect(app.storedMeeting(3)?.agenda.count == 5)
    app.send(.character("d"), .character("y"))
    #expect(app.storedMeeting(3)?.agenda.map(\.title).contains("Nabespreking") == false)
    #expect(app.screenText.contains("Deleted agenda item “Nabespreking”"))
    app.send(.character("u"))
    #expect(app.storedMeeting(3)?.agenda.last?.title == "Nabespreking")
  }

  @Test func shiftArrowsAndCapitalKJReorderAndTheSelectionFollows() throws {
    var app = TestApp.meeting(3)
    app.send(.shiftDown)
    #expect(app.storedMeeting(3)?.agenda[1].title == "Opening")
    #expect(app.meetingScreen?.selection == 1)
    app.send(.character("J"))
    #expect(app.storedMeeting(3)?.agenda[2].title == "Opening")
    #expect(app.meetingScreen?.selection == 2)
    app.send(.character("K"), .shiftUp)
    #expect(app.storedMeeting(3)?.agenda[0].title == "Opening")
    #expect(app.meetingScreen?.selection == 0)
    // At the top nothing moves and nothing is recorded.
    app.send(.shiftUp)
    #expect(app.meetingScreen?.selection == 0)
    app.send(.character("u"), .character("u"))
    #expect(app.storedMeeting(3)?.agenda[2].title == "Opening")
  }

  @Test func aReadOnlyStoreRefusesEditsButStillExports() throws {
    var app = TestApp.meeting(3)
    app.state.saveStatus = .readOnly(SavingTests.readOnly)
    for key in [Key.character("a"), .character("e"), .character("d"), .shiftDown] {
      app.send(key)
      #expect(app.state.overlays.isEmpty, "\(key)")
    }
    #expect(app.screenText.contains("process 42"))
    #expect(!app.screen[23].contains("a add"))
    app.send(.character("x"), .control("s"))
    #expect(app.exports.count == 1)
    #expect(app.storedMeeting(3)?.agenda.first?.title == "Opening")
  }
}
