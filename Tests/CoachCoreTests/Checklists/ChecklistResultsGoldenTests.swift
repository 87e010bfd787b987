import Foundation
import Testing

@testable import CoachCore

/// The checklist results document of `ChecklistFixture`, compared with files a person has
/// read (`Golden/checklists-…`). After an intended change, run the tests once with
/// `VLGCOACH_UPDATE_GOLDEN=1`, read the diff, and commit the new files.
@Suite("Checklist results: golden files")
struct ChecklistResultsGoldenTests {
  @Test(arguments: Language.allCases)
  func everyRoundMatchesItsGoldenFile(_ language: Language) throws {
    let community = try ChecklistFixture.community(language)
    let markdown = ChecklistResultsMarkdown.render(community, language: language)
    try expectGolden(markdown, named: "checklists-\(language.rawValue).md")
  }

  @Test(arguments: Language.allCases)
  func oneMeetingsEvaluationMatchesItsGoldenFile(_ language: Language) throws {
    let community = try ChecklistFixture.community(language)
    let options = ChecklistResultsMarkdown.Options(
      templateID: ChecklistTemplate.meetingEvaluation.id, meetingID: ExportFixture.meetingIDs[1])
    let markdown = ChecklistResultsMarkdown.render(
      community, options: options, language: language)
    try expectGolden(markdown, named: "checklists-meeting-\(language.rawValue).md")
  }

  @Test(arguments: Language.allCases)
  func withoutAnswersItSaysSo(_ language: Language) throws {
    let community = try ExportFixture.community(language)
    let markdown = ChecklistResultsMarkdown.render(community, language: language)
    try expectGolden(markdown, named: "checklists-empty-\(language.rawValue).md")
  }
}
