import CoachCore
import Foundation
import Testing

/// The coach's own checklists and protocols: copies, and changes that are new versions.
@Suite("Playbook editing")
struct PlaybookEditingTests {
  static func ownEvaluation() throws -> CoachPlaybook {
    var playbook = CoachPlaybook()
    try playbook.copyChecklist(.meetingEvaluation, id: "kort", title: "Korte evaluatie")
    return playbook
  }

  @Test func aCopyIsVersionOneUnderItsOwnIdAndTitle() throws {
    let playbook = try Self.ownEvaluation()
    let copy = try #require(playbook.checklists.first)
    #expect(copy.id == "kort" && copy.version == 1)
    #expect(copy.title.nl == "Korte evaluatie")
    #expect(copy.questions == ChecklistTemplate.meetingEvaluation.questions)
    #expect(playbook.catalog.template(withID: "kort") == copy)
  }

  @Test func aCopyNeedsAFreeValidIdAndATitle() throws {
    var playbook = try Self.ownEvaluation()
    let source = ChecklistTemplate.conditions
    #expect(throws: ChecklistError.idTaken("kort")) {
      try playbook.copyChecklist(source, id: "kort", title: "X")
    }
    #expect(throws: ChecklistError.idTaken("conditions")) {
      try playbook.copyChecklist(source, id: "conditions", title: "X")
    }
    #expect(throws: ChecklistError.invalidID("Met Spatie")) {
      try playbook.copyChecklist(source, id: "Met Spatie", title: "X")
    }
    #expect(throws: ChecklistError.emptyTitle) {
      try playbook.copyChecklist(source, id: "nieuw", title: "  ")
    }
    #expect(playbook.checklists.count == 1)
  }

  @Test func everyEditIsTheNextVersionWithTheSameId() throws {
    var playbook = try Self.ownEvaluation()
    let added = try playbook.editChecklist("kort", [.add("Was de koffie goed?", .yesNo, at: 1)])
    #expect(added.version == 2 && added.id == "kort")
    #expect(added.questions.first?.text.nl == "Was de koffie goed?")
    #expect(added.questions.first?.answer == .yesNo)
    let removed = try playbook.editChecklist("kort", [.remove(2)])
    #expect(removed.version == 3)
    #expect(!removed.questions.contains { $0.id == "learned" })
    let moved = try playbook.editChecklist("kort", [.move(1, to: 3)])
    #expect(moved.version == 4)
    #expect(moved.questions[2].id == added.questions[0].id)
    let texted = try playbook.editChecklist("kort", [.text(1, "Ik kwam aan het woord.")])
    #expect(texted.version == 5)
    #expect(texted.questions[0].text.en == "Ik kwam aan het woord.")
    #expect(playbook.checklists.count == 1)
    #expect(playbook.catalog.template(withID: "kort")?.version == 5)
  }

  @Test func aNewQuestionNeverTakesTheIdOfAnother() throws {
    var playbook = try Self.ownEvaluation()
    let first = try playbook.editChecklist("kort", [.add("Een", .scale, at: nil)])
    let second = try playbook.editChecklist("kort", [.remove(6), .add("Twee", .scale, at: nil)])
    #expect(Set(second.questions.map(\.id)).count == second.questions.count)
    #expect(second.questions.last?.id != first.questions.last?.id)
  }

  @Test func wrongEditsAreRefusedAndChangeNothing() throws {
    var playbook = try Self.ownEvaluation()
    let before = playbook
    #expect(throws: ChecklistError.noSuchQuestion(9, count: 5)) {
      try playbook.editChecklist("kort", [.remove(9)])
    }
    #expect(throws: ChecklistError.noSuchQuestion(0, count: 5)) {
      try playbook.editChecklist("kort", [.move(0, to: 1)])
    }
    #expect(throws: ChecklistError.emptyQuestion) {
      try playbook.editChecklist("kort", [.text(1, " ")])
    }
    #expect(throws: ChecklistError.noQuestions) {
      try playbook.editChecklist("kort", Array(repeating: .remove(1), count: 5))
    }
    #expect(throws: ChecklistError.builtinNotEditable("Meeting evaluation")) {
      try playbook.editChecklist("meeting-evaluation", [.remove(1)])
    }
    let many = (1...ChecklistTemplate.questionLimit).map {
      CoachPlaybook.QuestionEdit.add("Vraag \($0)", .scale, at: nil)
    }
    #expect(throws: ChecklistError.tooManyQuestions(ChecklistTemplate.questionLimit)) {
      try playbook.editChecklist("kort", many)
    }
    #expect(playbook == before)
  }

  @Test func answersGivenBeforeAnEditKeepTheirQuestions() throws {
    var playbook = try Self.ownEvaluation()
    let first = try #require(playbook.checklists.first)
    let day = try #require(CalendarDay(iso: "2026-02-10"))
    var community = Community(
      name: "VLG Test", subject: "Test", since: day, members: [Member(name: "Els")],
      created: Date())
    let els = community.members[0].id
    try community.submitChecklist(
      first, meetingID: nil, day: day, anonymous: false, memberID: els,
      answers: ["learned": .scale(4)], at: Date())
    let next = try playbook.editChecklist("kort", [.remove(1), .text(1, "Nieuwe tekst")])
    try community.submitChecklist(
      next, meetingID: nil, day: day, anonymous: false, memberID: els,
      answers: ["room-to-speak": .scale(2)], at: Date())
    let rounds = community.checklistRounds(templateID: "kort")
    #expect(rounds.count == 2)
    let old = community.checklistResult(of: rounds[0])
    #expect(old.round.template.version == 1)
    #expect(old.items.first?.question.id == "learned")
    #expect(old.items.first?.mean == 4)
    #expect(old.items[1].question.text == ChecklistTemplate.meetingEvaluation.questions[1].text)
    let new = community.checklistResult(of: rounds[1])
    #expect(new.round.template.version == 2)
    #expect(new.items.first?.question.text.nl == "Nieuwe tekst")
  }

  @Test func protocolsAreCopiedAndTheirStepsChanged() throws {
    var playbook = CoachPlaybook()
    let source = try playbook.discussionProtocol(named: "Tuning", language: .en)
    try playbook.copyProtocol(source, id: "kort-tuning", name: "Korte tuning")
    #expect(throws: ChecklistError.idTaken("kort-tuning")) {
      try playbook.copyProtocol(source, id: "kort-tuning", name: "X")
    }
    let changed = try playbook.editProtocol(
      "kort-tuning",
      [
        .minutes(1, 7), .title(2, "Vragen"), .who(2, "iedereen"),
        .add(title: "Afronden", minutes: 3, who: "de voorzitter"), .remove(3),
      ])
    #expect(changed.steps.count == source.steps.count)
    #expect(changed.steps[0].minutes == 7)
    #expect(changed.steps[1].title.nl == "Vragen")
    #expect(changed.steps.last?.title.en == "Afronden")
    #expect(try playbook.discussionProtocol(named: "kort-tuning", language: .nl) == changed)
    #expect(throws: ChecklistError.minutesOutOfRange(0)) {
      try playbook.editProtocol("kort-tuning", [.minutes(1, 0)])
    }
    #expect(throws: ChecklistError.minutesOutOfRange(241)) {
      try playbook.editProtocol("kort-tuning", [.add(title: "X", minutes: 241, who: "Y")])
    }
    #expect(throws: ChecklistError.noSuchStep(99, count: changed.steps.count)) {
      try playbook.editProtocol("kort-tuning", [.remove(99)])
    }
    #expect(throws: ChecklistError.builtinNotEditable("Tuning protocol")) {
      try playbook.editProtocol("tuning", [.minutes(1, 5)])
    }
  }

  @Test func everyNewSentenceIsSaidInBothLanguages() {
    let errors: [ChecklistError] = [
      .builtinNotEditable("X"), .invalidID("X"), .idTaken("x"), .noSuchQuestion(3, count: 2),
      .unknownProtocol("x", known: ["a"]), .emptyName, .emptyStep, .noSuchStep(2, count: 1),
      .minutesOutOfRange(0), .tooManySteps(20), .noSteps,
    ]
    for error in errors {
      #expect(error.message(.nl) != error.message(.en))
      #expect(!error.message(.en).contains("ChecklistError"))
    }
  }
}
