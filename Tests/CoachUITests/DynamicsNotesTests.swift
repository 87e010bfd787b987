import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The coach's group-dynamics notes in the program: written from a member, a meeting or the
/// live meeting, read as a timeline, and never shown by any other screen.
@Suite("Group-dynamics notes in the program")
struct DynamicsNotesTests {
  static let marker = "MARKER-7Q-PRIVATE"

  /// “VLG Handel Kempen” open on its members tab.
  func commerceMembers(_ language: Language = .en) -> TestApp {
    var app = TestApp.demo(language: language)
    app.send(.down, .enter, .tab)
    return app
  }

  func commerce(_ app: TestApp) throws -> Community {
    try #require(app.stored(named: "VLG Handel Kempen"))
  }

  func selectedMember(_ app: TestApp) throws -> Member {
    guard case .community(let screen) = app.state.route else { throw CancellationError() }
    return app.members(screen)[screen.memberSelection]
  }

  @Test func nOnAMemberWritesANoteAboutThemIntoTheNotebookNotTheCommunity() throws {
    var app = commerceMembers()
    let member = try selectedMember(app)
    let before = try commerce(app)
    app.send(.character("n"))
    #expect(app.screenText.contains("yours alone"))
    app.type("Brings the group back to the task")
    app.send(.tab, .tab)
    app.type("driver, spanning")
    app.send(.control("s"))
    let community = try commerce(app)
    #expect(community == before, "the community itself does not change")
    let notes = app.notebook(community.id).notes
    #expect(notes.count == 1)
    #expect(notes.first?.about == [member.id])
    #expect(notes.first?.tags == [.driver, .tension])
    #expect(notes.first?.day == TestApp.today)
    #expect(app.state.flash == "Note saved")

    // t: the member's timeline shows it; u takes it back.
    app.send(.character("t"))
    #expect(app.screenText.contains("Notes on \(member.name)"))
    #expect(app.screenText.contains("Brings the group back to the task"))
    app.send(.character("u"))
    #expect(app.notebook(community.id).notes.isEmpty)
  }

  @Test func anUnknownNameIsSaidOfItsFieldAndNothingIsSaved() throws {
    var app = commerceMembers(.nl)
    app.send(.character("n"))
    app.type("Iets")
    app.send(.tab, .control("u"))
    app.type("Niemand Bekend")
    app.send(.control("s"))
    guard case .form(let form) = app.state.overlays.last else {
      Issue.record("the form stays open")
      return
    }
    #expect(form.focusedField?.id == .about)
    #expect(app.notebook(try commerce(app).id).notes.isEmpty)
  }

  @Test func aNoteFromTheMeetingScreenIsLinkedToTheMeeting() throws {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab, .enter)
    guard case .meeting(let screen) = app.state.route else {
      Issue.record("the meeting screen is open")
      return
    }
    app.send(.character("n"))
    app.type("Quiet after the break")
    app.send(.control("s"))
    let notes = app.notebook(try commerce(app).id).notes
    #expect(notes.map(\.meetingID) == [screen.meetingID])
    #expect(notes.first?.about == [])
  }

  @Test func theLiveNoteShowsNothingOfItsTextOnTheProjector() throws {
    var app = TestApp.demo(language: .nl)
    app.send(.down, .enter, .tab, .tab, .character("m"), .character("y"))
    guard case .live(let screen) = app.state.route else {
      Issue.record("live mode is open")
      return
    }
    app.send(.character("N"))
    app.type("Els en Jan botsen over de planning")
    #expect(!app.screenText.contains("botsen"))
    #expect(!app.screenText.lowercased().contains("notitie over"))
    #expect(app.screenText.contains("••••"))
    app.send(.enter)
    #expect(app.state.flash == "Notitie bewaard")
    #expect(!app.screenText.contains("botsen"))
    let notes = app.notebook(try commerce(app).id).notes
    #expect(notes.map(\.text) == ["Els en Jan botsen over de planning"])
    #expect(notes.first?.meetingID == screen.meetingID)
    #expect(app.screenText.contains("Bijeenkomst 3"), "still in live mode")
  }

  @Test func theTimelineCorrectsAndDeletesNotes() throws {
    var app = commerceMembers()
    app.send(.character("n"))
    app.type("First")
    app.send(.control("s"))
    app.send(.tab, .character("t"))  // the meetings tab: the whole community's timeline
    #expect(app.screenText.contains("Notes on the group · VLG Handel Kempen"))
    app.send(.character("n"))
    app.type("Second, about the group")
    app.send(.control("s"))
    #expect(app.screenText.contains("whole group · Second, about the group"))
    app.send(.character("e"))
    app.type("Second, corrected")
    app.send(.control("s"))
    let id = try commerce(app).id
    #expect(app.notebook(id).notes.map(\.text) == ["First", "Second, corrected"])
    app.send(.up, .character("d"))
    #expect(app.notebook(id).notes.map(\.text) == ["Second, corrected"])
  }

  @Test(arguments: [Language.nl, .en]) func timelineSnapshot(_ language: Language) throws {
    var app = commerceMembers(language)
    app.send(.character("n"))
    app.type("Neemt het woord en vat samen")
    app.send(.tab, .tab)
    app.type("driver")
    app.send(.control("s"))
    app.send(.down, .character("n"))
    app.type("Zegt weinig in de grote groep;\nin duo's wel")
    app.send(.tab, .tab)
    app.type("quiet, support-needed")
    app.send(.control("s"))
    app.send(.tab, .character("t"))
    assertSnapshot(app.frame.canvas, named: "notes-\(language.rawValue)-80x24")
  }

  /// The privacy rule on the screens: a note's text appears on the notes screen and the note
  /// form only; every other screen, in every tab and section, never shows it.
  @Test func noOtherScreenShowsANote() throws {
    var app = commerceMembers()
    app.send(.character("n"))
    app.type(Self.marker)
    app.send(.control("s"))
    app.send(.character("t"))
    #expect(app.screenText.contains(Self.marker), "the notes screen shows it")
    app.send(.escape)
    var seen: [String] = []
    // The community's tabs, the phase guide, a meeting's sections, live mode, follow-up,
    // home, and their help overlays.
    for _ in 0..<3 {
      seen.append(app.screenText)
      app.send(.tab)
    }
    app.send(.enter)  // the meeting chosen on the meetings tab
    for _ in 0..<4 {
      seen.append(app.screenText)
      app.send(.tab)
    }
    app.send(.character("m"), .character("y"))
    seen.append(app.screenText)
    app.send(.character("A"))
    seen.append(app.screenText)
    app.send(.escape, .escape)
    app.send(.character("f"))
    seen.append(app.screenText)
    app.send(.character("?"))
    seen.append(app.screenText)
    app.send(.escape, .escape, .escape, .escape, .escape)
    seen.append(app.screenText)
    #expect(seen.count == 12)
    for text in seen { #expect(!text.contains(Self.marker)) }
  }
}
