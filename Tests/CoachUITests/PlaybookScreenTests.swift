import CoachCore
import Testing

@testable import CoachUI

/// The coach's playbook in the program: copying a checklist, changing its questions (each
/// change a next version, saved before it is shown), and what is refused.
@Suite("Playbook screen")
struct PlaybookScreenTests {
  /// `b` on home, then `c` on the meeting evaluation: “ours”, “Our evaluation”.
  private func copiedEvaluation() -> TestApp {
    var app = TestApp.demo()
    app.send(.character("b"), .character("c"))
    app.type("ours")
    app.send(.enter)
    app.type("Our evaluation")
    app.send(.enter)
    return app
  }

  private func ours(_ app: TestApp) -> ChecklistTemplate? {
    app.state.customChecklists.first { $0.id == "ours" }
  }

  @Test func opensFromHome() {
    var app = TestApp.demo()
    app.send(.character("b"))
    guard case .playbook = app.state.route else {
      Issue.record("not on the playbook screen")
      return
    }
    #expect(app.screenText.contains("Meeting evaluation"))
    app.send(.tab)
    #expect(app.screenText.contains(DiscussionProtocol.tuning.name.en))
    app.send(.escape)
    #expect(app.state.route == .home(HomeScreen()))
  }

  @Test func copyAddMoveRemove() throws {
    var app = copiedEvaluation()
    let copy = try #require(ours(app))
    #expect(copy.version == 1)
    #expect(copy.questions == ChecklistTemplate.meetingEvaluation.questions)
    #expect(app.state.flash == "Copied as “Our evaluation”.")
    #expect(app.playbook?.checklists == [copy])

    // The copy is selected: open it, add a question after the first.
    app.send(.enter, .character("a"))
    app.type("Was the room good?")
    app.send(.enter, .enter)
    var questions = try #require(ours(app)).questions
    #expect(ours(app)?.version == 2)
    #expect(questions.count == 6)
    #expect(questions[1].text.en == "Was the room good?")
    #expect(questions[1].answer == .yesNo)
    #expect(app.state.flash == "“Our evaluation”: version 2 saved.")

    // Move it up to the first place; the selection goes with it.
    app.send(.shiftUp)
    questions = try #require(ours(app)).questions
    #expect(questions.first?.text.en == "Was the room good?")
    #expect(ours(app)?.version == 3)

    // Remove the second question (“learned”).
    app.send(.down, .character("d"))
    #expect(app.screenText.contains("already given stay readable"), "asked first")
    app.send(.character("y"))
    questions = try #require(ours(app)).questions
    #expect(ours(app)?.version == 4)
    #expect(questions.map(\.id).contains("learned") == false)
    #expect(questions.count == 5)
    #expect(app.state.flash == "“Our evaluation”: version 4 saved.")
    #expect(app.playbook == app.state.playbook)
  }

  @Test func builtinRefusesEdits() {
    var app = TestApp.demo()
    app.send(.character("b"), .enter)
    let refusal = ChecklistError.builtinNotEditable("Meeting evaluation").message(.en)
    for key in [Key.character("a"), .character("e"), .character("d"), .shiftDown] {
      app.send(key)
      #expect(app.state.flash == refusal)
      #expect(app.state.overlays.isEmpty)
    }
    #expect(app.playbook == nil)
  }

  @Test func failedSaveChangesNothing() throws {
    var app = copiedEvaluation()
    let before = app.state.customChecklists
    let sentence = PlaybookError.changedOnDisk.message(.en)
    app.playbookSaveFailure = sentence
    app.send(.enter, .character("d"), .character("y"))
    #expect(app.state.customChecklists == before)
    #expect(app.state.flash == sentence)
    #expect(app.screenText.contains("1. I learned"))
  }

  @Test func readOnlyStoreRefusesCopy() {
    var app = TestApp.demo()
    app.state.saveStatus = .readOnly("The store is read-only.")
    app.send(.character("b"), .character("c"))
    #expect(app.state.overlays.isEmpty)
    #expect(app.state.flash == "The store is read-only.")
  }

  @Test func protocolStepEdits() throws {
    var app = TestApp.demo()
    app.send(.character("b"), .tab, .character("c"))
    app.type("our-tuning")
    app.send(.enter)
    app.type("Our tuning")
    app.send(.enter, .enter, .character("e"))
    app.type("Opening")
    app.send(.enter)
    app.type("Chair")
    app.send(.enter)
    app.type("7")
    app.send(.enter)
    let method = try #require(app.state.customProtocols.first)
    #expect(method.steps.first?.title.en == "Opening")
    #expect(method.steps.first?.minutes == 7)
    #expect(app.state.flash == "“Our tuning” saved.")
    let count = method.steps.count
    app.send(.character("d"))
    #expect(app.screenText.contains("Remove step"), "a step has no answers to speak of")
    app.send(.character("y"))
    #expect(app.state.customProtocols.first?.steps.count == count - 1)
  }

  @Test(arguments: Language.allCases)
  func snapshots(_ language: Language) {
    var app = TestApp.demo(language: language)
    app.send(.character("b"))
    assertSnapshot(app.frame.canvas, named: "playbook-\(language.rawValue)-80x24")
    app.send(.enter)
    assertSnapshot(app.frame.canvas, named: "playbook-checklist-\(language.rawValue)-80x24")
  }
}
