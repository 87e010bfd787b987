import Foundation
import Testing

@testable import CoachCore

/// The playbook's discussion protocols and checklist templates: complete in both languages,
/// timed as DOMAIN.md describes, versioned when the coach changes one.
@Suite("Protocols and checklist templates")
struct PlaybookContentTests {
  @Test func everyProtocolHasTimedStepsInBothLanguages() {
    #expect(Set(DiscussionProtocol.builtin.map(\.id)) == ["tuning", "brainstorm", "debrief"])
    for method in DiscussionProtocol.builtin {
      #expect(!method.steps.isEmpty)
      for step in method.steps {
        #expect(step.minutes > 0)
        #expect(!step.title.nl.isEmpty && !step.title.en.isEmpty && step.title.nl != step.title.en)
        #expect(!step.who.nl.isEmpty && !step.who.en.isEmpty)
      }
    }
    // DOMAIN.md: a tuning protocol takes about 45–60 minutes.
    #expect((45...60).contains(DiscussionProtocol.tuning.totalMinutes))
  }

  @Test func theStepRunningAfterSomeMinutes() {
    let tuning = DiscussionProtocol.tuning
    #expect(tuning.step(after: 0)?.index == 0)
    #expect(tuning.step(after: 9)?.minutesLeft == 1)
    #expect(tuning.step(after: 10)?.index == 1)
    #expect(tuning.step(after: 20)?.index == 3)
    #expect(tuning.step(after: tuning.totalMinutes) == nil)
  }

  @Test func theTemplatesAreCompleteAndTheSelfAssessmentHasFiveStatements() {
    #expect(ChecklistTemplate.builtin.count == 4)
    #expect(Set(ChecklistTemplate.builtin.map(\.id)).count == 4)
    for template in ChecklistTemplate.builtin {
      #expect(template.version == 1)
      #expect(Set(template.questions.map(\.id)).count == template.questions.count)
      for question in template.questions {
        #expect(!question.text.nl.isEmpty && !question.text.en.isEmpty)
      }
    }
    let statements = ChecklistTemplate.selfAssessment.questions
    #expect(statements.count == 5)
    #expect(statements.allSatisfy { $0.answer == .scale })
  }

  @Test func aChangedCopyIsTheNextVersionAndTheOldOneStays() {
    let original = ChecklistTemplate.meetingEvaluation
    var questions = original.questions
    questions.removeLast()
    questions.insert(
      ChecklistTemplate.Question(
        id: "mood", LocalizedText(nl: "Was de sfeer goed?", en: "Was the mood good?"), .yesNo),
      at: 0)
    let copy = original.nextVersion(questions: questions)
    #expect(copy.id == original.id && copy.version == 2)
    #expect(copy.questions.first?.answer == .yesNo)
    #expect(ChecklistTemplate.meetingEvaluation.questions.count == 5, "the original is unchanged")
  }
}
