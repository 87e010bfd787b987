import Foundation
import Testing

@testable import CoachCore

/// Answers to the teachers' checklists: recorded per round, replaced by a second try,
/// anonymous when asked, refused when they do not fit; results and trend read them back.
@Suite("Checklist answers")
struct ChecklistAnswerTests {
  let evaluation = ChecklistTemplate.meetingEvaluation

  func community() throws -> Community {
    try makeCommunity("VLG Bio", members: ["Ann", "Bert", "Chloé"])
  }

  @Test func twoTeachersAnswerInOneRoundAndASecondTryReplacesTheFirst() throws {
    var community = try community()
    let today = try day("2026-10-06")
    let (ann, bert) = (community.members[0].id, community.members[1].id)
    let first = try community.submitChecklist(
      evaluation, meetingID: nil, day: today, anonymous: false, memberID: ann,
      answers: ["learned": .scale(4), "next-step": .yes], at: Fixture.now)
    let second = try community.submitChecklist(
      evaluation, meetingID: nil, day: today, anonymous: false, memberID: bert,
      answers: ["learned": .scale(2), "better": .text("  Meer pauze\n")], at: Fixture.now)
    #expect(first == second)
    try community.submitChecklist(
      evaluation, meetingID: nil, day: today, anonymous: false, memberID: ann,
      answers: ["learned": .scale(5)], at: Fixture.now)
    let round = try #require(community.checklistRounds.first)
    #expect(community.checklistRounds.count == 1)
    #expect(round.responses.count == 2)
    #expect(round.respondents == [ann, bert])
    let result = community.checklistResult(of: round)
    #expect(result.items[0].counts == [0, 1, 0, 0, 1])
    #expect(result.items[0].mean == 3.5)
    #expect(result.items[4].texts == ["Meer pauze"])
    #expect(result.notAnswered?.map(\.name) == ["Chloé"])
  }

  @Test func anAnonymousRoundKeepsNoNameAndSaysNothingOfWhoAnswered() throws {
    var community = try community()
    let today = try day("2026-10-06")
    try community.submitChecklist(
      evaluation, meetingID: nil, day: today, anonymous: true, memberID: community.members[0].id,
      answers: ["next-step": .no], at: Fixture.now)
    let round = try #require(community.checklistRounds.first)
    #expect(round.responses.allSatisfy { $0.memberID == nil })
    #expect(community.checklistResult(of: round).notAnswered == nil)
    #expect(community.checklistResult(of: round).items[3].counts == [0, 1])
  }

  @Test func answersThatDoNotFitOrSayNothingAreRefused() throws {
    var community = try community()
    let today = try day("2026-10-06")
    let ann = community.members[0].id
    #expect(throws: ChecklistError.answerDoesNotFit(question: evaluation.questions[0].text)) {
      try community.submitChecklist(
        evaluation, meetingID: nil, day: today, anonymous: false, memberID: ann,
        answers: ["learned": .scale(6)], at: Fixture.now)
    }
    #expect(throws: ChecklistError.answerDoesNotFit(question: evaluation.questions[3].text)) {
      try community.submitChecklist(
        evaluation, meetingID: nil, day: today, anonymous: false, memberID: ann,
        answers: ["next-step": .scale(3)], at: Fixture.now)
    }
    #expect(throws: ChecklistError.nothingAnswered) {
      try community.submitChecklist(
        evaluation, meetingID: nil, day: today, anonymous: false, memberID: ann,
        answers: ["better": .text("   "), "unknown": .yes], at: Fixture.now)
    }
    #expect(community.checklistRounds.isEmpty)
  }

  @Test func anEditedTemplateKeepsTheAnswersToTheOldVersionReadable() throws {
    var community = try community()
    let ann = community.members[0].id
    try community.submitChecklist(
      evaluation, meetingID: nil, day: try day("2026-10-06"), anonymous: false, memberID: ann,
      answers: ["learned": .scale(2), "better": .text("Koffie")], at: Fixture.now)
    // The coach drops the text question and adds a yes/no one in front.
    var questions = evaluation.questions.filter { $0.answer != .shortText }
    questions.insert(
      .init(id: "mood", LocalizedText(nl: "Goede sfeer?", en: "Good mood?"), .yesNo), at: 0)
    let edited = evaluation.nextVersion(questions: questions)
    try community.submitChecklist(
      edited, meetingID: nil, day: try day("2026-11-03"), anonymous: false, memberID: ann,
      answers: ["learned": .scale(4), "mood": .yes], at: Fixture.now)

    let rounds = community.checklistRounds(templateID: evaluation.id)
    #expect(rounds.map(\.template.version) == [1, 2])
    let old = community.checklistResult(of: rounds[0])
    #expect(old.items.map(\.question.id) == evaluation.questions.map(\.id))
    #expect(old.items[4].texts == ["Koffie"])
    let trend = community.checklistTrend(templateID: evaluation.id)
    #expect(
      trend.map(\.question.id) == ["mood", "learned", "room-to-speak", "time-used", "next-step"])
    #expect(trend[0].points.map(\.value) == [nil, 1.0], "not asked in the first round")
    #expect(trend[1].points.map(\.value) == [2.0, 4.0], "followed by its id")
  }

  @Test func aStoppedMemberCannotAnswerAndARemovedOneLeavesNoName() throws {
    var community = try community()
    let today = try day("2026-10-06")
    let (ann, bert) = (community.members[0].id, community.members[1].id)
    try community.submitChecklist(
      evaluation, meetingID: nil, day: today, anonymous: false, memberID: ann,
      answers: ["learned": .scale(3)], at: Fixture.now)
    community.removeMember(id: ann)
    #expect(community.checklistRounds[0].responses[0].memberID == nil)
    #expect(community.checklistRounds[0].responses[0].answers["learned"] == .scale(3))
    community.members[0].participation = .stopped
    #expect(community.members[0].id == bert)
    #expect(throws: ChecklistError.notTakingPart("Bert")) {
      try community.submitChecklist(
        evaluation, meetingID: nil, day: today, anonymous: false, memberID: bert,
        answers: ["learned": .scale(3)], at: Fixture.now)
    }
  }
}
