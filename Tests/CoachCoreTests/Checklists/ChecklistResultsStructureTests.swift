import Foundation
import Testing

@testable import CoachCore

/// The checklist results read back by a real CommonMark/GFM parser (cmark-gfm): its headings
/// and tables are what the golden file shows, no member's name appears anywhere, and hostile
/// texts (in the answers and in a coach's own checklist) never change that structure.
@Suite("Checklist results: structure")
struct ChecklistResultsStructureTests {
  static let needsParser = Testing.ConditionTrait.enabled(
    if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm")

  @Test(needsParser)
  func theDocumentParsesIntoRoundsQuestionsAndTheTrend() throws {
    let community = try ChecklistFixture.community(.en)
    let outline = HTMLOutline(
      html: try CommonMarkParser.html(ChecklistResultsMarkdown.render(community, language: .en)))
    #expect(outline.headings(1) == ["VLG Handel Kempen — checklist results"])
    #expect(
      outline.headings(2) == [
        "Meeting evaluation — 6 October 2026", "Meeting evaluation — 10 November 2026",
        "Conditions for our community — 20 November 2026", "Trend",
      ])
    // Per round of the evaluation the 3 questions answered with a figure (a text has no
    // table), the 2 of the conditions answered; and the trend.
    #expect(outline.tables.count == 3 + 3 + 2 + 1)
    let trend = try #require(outline.tables.last)
    #expect(trend.first == ["Question", "6 October 2026", "10 November 2026"])
    #expect(trend[1] == ["I learned something I can use in class.", "4.0", "4.3"])
    #expect(outline.listItems.contains(ChecklistFixture.textEN))
  }

  @Test(needsParser)
  func noNameOfAMemberAppears() throws {
    for language in Language.allCases {
      let community = try ChecklistFixture.community(language)
      let html = try CommonMarkParser.html(
        ChecklistResultsMarkdown.render(community, language: language))
      for member in community.members {
        for part in member.name.split(separator: " ") where part.count > 3 {
          #expect(!html.contains(part), "\(member.name) in the \(language) export")
        }
      }
    }
  }

  @Test(needsParser)
  func hostileTextsStayText() throws {
    let plain = try ChecklistFixture.community(.en)
    let skeleton = HTMLOutline(
      html: try CommonMarkParser.html(ChecklistResultsMarkdown.render(plain, language: .en))
    ).skeleton
    for hostile in ExportHostileText.all.prefix(21) {
      let copy = ChecklistTemplate.meetingEvaluation.nextVersion(
        title: LocalizedText(nl: hostile, en: hostile),
        questions: ChecklistTemplate.meetingEvaluation.questions.map {
          var question = $0
          question.text = LocalizedText(nl: hostile, en: hostile)
          return question
        })
      let community = try ChecklistFixture.community(
        .en, text: { $0 == ChecklistFixture.textEN ? hostile : $0 }, template: copy)
      let outline = HTMLOutline(
        html: try CommonMarkParser.html(ChecklistResultsMarkdown.render(community, language: .en)))
      #expect(outline.skeleton == skeleton, "\(hostile.debugDescription)")
    }
  }
}
