import CoachCore
import Testing

@testable import CoachUI

@Suite("The meeting screen: attendance")
struct MeetingAttendanceTests {
  func attendance(_ number: Int, _ language: Language = .en) -> TestApp {
    var app = TestApp.meeting(number, language: language)
    app.send(.tab)
    return app
  }

  func state(of name: String, _ app: TestApp) -> Attendance? {
    guard let community = app.commerce, let member = try? community.resolveMember(name) else {
      return nil
    }
    return app.storedMeeting(3)?.attendance[member.id]
  }

  @Test func everyActiveMemberIsListedByNameWithASummary() {
    let app = attendance(3)
    #expect(app.meetingScreen?.section == .attendance)
    #expect(app.screenText.contains("0 of 7 present"))
    #expect(app.screen[4].contains("Ahmed El Amrani"))
    #expect(app.screen[4].contains("not recorded"))
    #expect(app.screen[10].contains("Zoë Dëmeester"))
  }

  @Test func spaceAndEnterCycleThroughEveryStateAndBackToNotRecorded() {
    var app = attendance(3)
    let expected: [Attendance?] = [.present, .late, .absent, .excused, nil]
    for (index, wanted) in expected.enumerated() {
      app.send(index.isMultiple(of: 2) ? .character(" ") : .enter)
      #expect(state(of: "Ahmed", app) == wanted)
    }
    #expect(app.meetingScreen?.selection == 0)
    app.send(.character(" "))
    #expect(app.screenText.contains("1 of 7 present"))
    app.send(.character("u"))
    #expect(state(of: "Ahmed", app) == nil)
  }

  @Test func lettersSetTheStateAndGoToTheNextMember() {
    var app = attendance(3)
    app.send(.character("p"), .character("l"), .character("a"), .character("e"))
    #expect(state(of: "Ahmed", app) == .present)
    #expect(state(of: "Bram", app) == .late)
    #expect(state(of: "Els", app) == .absent)
    #expect(state(of: "Jan", app) == .excused)
    #expect(app.meetingScreen?.selection == 4)
    #expect(app.screenText.contains("2 of 7 present"))
    app.send(.up, .character("-"))
    #expect(state(of: "Jan", app) == nil)
  }

  @Test func theSummaryReadsDutch() {
    let app = attendance(2, .nl)
    #expect(app.screenText.contains("5 van 7 aanwezig"))
    #expect(app.screenText.contains("verontschuldigd"))
  }
}
