import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The shared terminal: teachers fill in a checklist one after another; nothing but the
/// coach's PIN ends it, and nothing of the coach's shows on it.
@Suite("Kiosk")
struct KioskTests {
  /// The demo's commerce community, its kiosk started with `k` on the meeting evaluation.
  static func kiosk(language: Language = .en, anonymous: Bool = false, pin: String? = "2468")
    -> TestApp
  {
    var app = TestApp.demo(language: language)
    app.pin = pin
    app.send(.down, .enter, .character("k"))
    if anonymous { app.send(.tab, .right) }
    app.send(.control("s"))
    return app
  }

  var commerce: String { "VLG Handel Kempen" }

  /// Answers the meeting evaluation: 4, 5, skipped, yes, a short text; then sends it.
  static func answer(_ app: inout TestApp, text: String = "Meer voorbeelden") {
    app.send(.character("4"), .enter, .character("5"), .enter, .enter, .character(" "), .enter)
    app.type(text)
    app.send(.enter)
    #expect(app.screenText.contains("Done?") || app.screenText.contains("Klaar?"))
    app.send(.enter)
  }

  @Test func twoTeachersFillInTheChecklistOneAfterTheOther() throws {
    var app = Self.kiosk()
    #expect(app.screenText.contains("Pick your name"))
    let people = try #require(app.kioskPeople)
    #expect(people.count >= 2)
    app.send(.enter)
    #expect(app.screenText.contains("Question 1 of 5"))
    Self.answer(&app)
    #expect(
      app.screenText.contains(
        "Thank you, " + (people[0].name.split(separator: " ").first.map(String.init) ?? "")))
    app.send(.enter)
    #expect(app.screenText.contains("✓ done"))
    app.send(.down, .enter)
    Self.answer(&app, text: "Koffie")
    // The thanks give way to the names by themselves.
    app.dispatch(.tick(now: app.state.now + 5))
    #expect(app.screenText.contains("2 of \(people.count) done"))

    let stored = try #require(app.stored(named: commerce))
    let round = try #require(stored.checklistRounds.last)
    #expect(round.template.id == ChecklistTemplate.meetingEvaluation.id)
    #expect(round.responses.count == 2)
    #expect(round.respondents == [people[0].id, people[1].id])
    #expect(round.responses[0].answers["learned"] == .scale(4))
    #expect(round.responses[0].answers["next-step"] == .yes)
    #expect(round.responses[0].answers["time-used"] == nil)
    #expect(round.responses[1].answers["better"] == .text("Koffie"))
  }

  @Test func theKeysThatEndTheProgramElsewhereDoNothingHere() {
    var app = Self.kiosk()
    let before = app.screenText
    app.send(
      .control("c"), .control("z"), .control("\\"), .character("q"), .escape, .character("?"),
      .character("u"))
    #expect(app.state.kiosk != nil)
    #expect(!app.state.isQuitting)
    #expect(app.state.overlays.isEmpty)
    #expect(app.screenText == before)
    // In the middle of an answer too.
    app.send(.enter, .character("3"), .control("c"), .escape, .character("q"))
    #expect(app.state.kiosk != nil && !app.state.isQuitting)
  }

  @Test func aWrongPINKeepsTheKioskAndThreeMakeItWait() {
    var app = Self.kiosk()
    app.send(.control("q"))
    #expect(app.screenText.contains("The coach's PIN"))
    app.type("1111")
    app.send(.enter)
    #expect(app.state.kiosk != nil)
    #expect(app.screenText.contains("Wrong PIN"))
    app.type("2222")
    app.send(.enter)
    app.type("3333")
    app.send(.enter)
    #expect(app.screenText.contains("Wait 30 s"))
    // Even the right PIN waits its turn.
    app.type("2468")
    app.send(.enter)
    #expect(app.state.kiosk != nil)
    app.dispatch(.tick(now: app.state.now + 31))
    app.send(.backspace, .backspace, .backspace, .backspace)
    app.type("2468")
    app.send(.enter)
    #expect(app.state.kiosk == nil)
    #expect(app.screenText.contains(commerce), "back on the coach's community screen")
  }

  @Test func escAtThePINPromptGoesBackToWhereTheTeacherWas() {
    var app = Self.kiosk()
    app.send(.enter, .character("2"), .enter, .control("q"), .escape)
    #expect(app.screenText.contains("Question 2 of 5"))
    if case .answering(_, let question) = app.state.kiosk?.step {
      #expect(question == 1)
    } else {
      Issue.record("back to the answers")
    }
    #expect(app.state.kiosk?.answers["learned"] == .scale(2), "nothing typed is lost")
  }

  @Test func theFirstKioskWithoutAPINAsksTheCoachToChooseOne() {
    var app = Self.kiosk(language: .nl, pin: nil)
    #expect(app.screenText.contains("Kies een PIN"))
    app.type("12")
    app.send(.enter)
    #expect(app.screenText.contains("4 tot 12 cijfers"))
    app.send(.backspace, .backspace)
    app.type("5555")
    app.send(.enter)
    app.type("5556")
    app.send(.enter)
    #expect(app.screenText.contains("verschillen"))
    app.type("5555")
    app.send(.enter)
    app.type("5555")
    app.send(.enter)
    #expect(app.pin == "5555")
    #expect(app.screenText.contains("Kies je naam"))
  }

  @Test func anAnonymousRoundKeepsNoNamesAndRefusesASecondTry() throws {
    var app = Self.kiosk(anonymous: true)
    #expect(app.screenText.contains("without your name"))
    app.send(.enter)
    #expect(
      !app.screenText.contains(app.kioskPeople?.first?.name ?? "?"), "no name by the questions")
    Self.answer(&app)
    app.send(.enter)
    #expect(app.screenText.contains("✓ done"), "marked for this session")
    app.send(.enter)
    #expect(app.state.kiosk?.step == .names, "a second anonymous answer would count twice")
    #expect(app.screenText.contains("You filled in this checklist already"))
    let round = try #require(app.stored(named: commerce)?.checklistRounds.last)
    #expect(round.anonymous)
    #expect(round.responses.map(\.memberID) == [nil])
  }

  @Test func aFailedSaveKeepsTheAnswersAndSaysSo() throws {
    var app = Self.kiosk()
    app.savesFail = true
    app.send(.enter)
    Self.answer(&app)
    #expect(app.screenText.contains("could not be saved"))
    app.savesFail = false
    app.dispatch(.tick(now: app.state.now + 1))
    #expect(app.screenText.contains("Thank you"))
    #expect(app.stored(named: commerce)?.checklistRounds.last?.responses.count == 1)
  }

  @Test func theCoachCanLeaveWhileASaveWaits() throws {
    var app = Self.kiosk()
    app.savesFail = true
    app.send(.enter)
    Self.answer(&app)
    app.send(.control("q"))
    app.type("2468")
    app.send(.enter)
    #expect(app.state.kiosk == nil)
    #expect(app.state.saveStatus.isUnsaved, "the answers wait in the program")
    app.savesFail = false
    app.dispatch(.tick(now: app.state.now + 1))
    #expect(app.stored(named: commerce)?.checklistRounds.last?.responses.count == 1)
  }

  /// Every kiosk screen, searched for what only the coach may see.
  @Test(arguments: [Language.nl, .en])
  func noKioskScreenShowsAnythingOfTheCoach(_ language: Language) throws {
    let secret = "GEHEIM-MARKER"
    var app = TestApp.demo(language: language)
    app.pin = "2468"
    app.send(.down, .enter, .character("n"))
    app.type(secret)
    app.send(.control("s"), .character("k"), .control("s"))
    #expect(app.state.library.notebooks.values.contains { $0.notes.contains { $0.text == secret } })
    var screens: [String] = [app.screenText]
    app.send(.enter, .character("3"))
    screens.append(app.screenText)
    app.send(.enter, .enter, .enter, .enter)
    app.type("ANTWOORD-EEN")
    screens.append(app.screenText)
    app.send(.enter)
    screens.append(app.screenText)
    app.send(.enter)
    screens.append(app.screenText)
    app.send(.enter, .down)
    screens.append(app.screenText)
    app.send(.enter)
    screens.append(app.screenText)
    app.send(.control("q"))
    app.type("99")
    screens.append(app.screenText)
    let community = try #require(app.stored(named: commerce))
    let coachOnly =
      [secret, community.name, community.subject, "Saved", "Bewaard", "? help", "? hulp"]
      + community.meetings.map(\.notes).filter { !$0.isEmpty }
      + community.agreements.map(\.text) + community.themes.map(\.title)
      + community.members.filter { $0.role != .teacher }.map(\.name)
    for (index, screen) in screens.enumerated() {
      for text in coachOnly where !text.isEmpty {
        #expect(!screen.contains(text), "screen \(index) shows “\(text)”")
      }
    }
    // The second teacher's screens do not show the first one's short answer.
    #expect(screens[2].contains("ANTWOORD-EEN"), "the teacher sees what they type")
    #expect(!screens[5].contains("ANTWOORD-EEN") && !screens[6].contains("ANTWOORD-EEN"))
  }

  /// Every step at every size the program supports: the right canvas, no cut glyph, the
  /// question and the keys on screen.
  @Test func everyStepFitsEverySize() {
    for (width, height) in EverySizeTests.sizes {
      var app = Self.kiosk()
      app.dispatch(.resize(width: width, height: height))
      var steps = [app.frame.canvas]
      app.send(.enter, .character("4"))
      steps.append(app.frame.canvas)
      #expect(
        app.state.isTooSmall || app.screenText.contains("Question 1 of 5"), "\(width)×\(height)")
      app.send(.enter, .enter, .enter, .enter)
      app.type("Een heel lang antwoord dat niet op één regel past, zeker niet op een smal scherm")
      steps.append(app.frame.canvas)
      app.send(.control("q"))
      steps.append(app.frame.canvas)
      for canvas in steps {
        #expect(FrameChecks.problem(canvas, width: width, height: height) == nil)
      }
    }
  }

  @Test(arguments: [Language.nl, .en])
  func snapshots(_ language: Language) {
    var app = Self.kiosk(language: language)
    let tag = language == .nl ? "nl" : "en"
    assertSnapshot(app.frame.canvas, named: "kiosk-names-\(tag)")
    app.send(.enter, .character("4"))
    assertSnapshot(app.frame.canvas, named: "kiosk-scale-\(tag)")
    app.send(.enter, .enter, .enter, .character(" "))
    assertSnapshot(app.frame.canvas, named: "kiosk-yesno-\(tag)")
    app.send(.enter)
    app.type("Meer tijd")
    assertSnapshot(app.frame.canvas, named: "kiosk-text-\(tag)")
    app.send(.enter)
    assertSnapshot(app.frame.canvas, named: "kiosk-done-\(tag)")
    app.send(.enter)
    assertSnapshot(app.frame.canvas, named: "kiosk-thanks-\(tag)")
    app.send(.enter, .control("q"))
    app.type("12")
    assertSnapshot(app.frame.canvas, named: "kiosk-pin-\(tag)")
  }
}

extension TestApp {
  /// The names the kiosk offers, in its order.
  var kioskPeople: [KioskContext.Person]? {
    state.kiosk.flatMap { ContextSource(state).kiosk($0)?.people }
  }
}
