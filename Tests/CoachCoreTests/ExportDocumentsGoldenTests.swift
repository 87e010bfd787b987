import Foundation
import Testing

@testable import CoachCore

/// The school-leader report (one school and all), the dossier and the hand-over of
/// `DocumentFixture`, compared with files a person has read (`Golden/report-…`,
/// `Golden/dossier-…`, `Golden/handover-…`). After an intended change, run the tests once
/// with `VLGCOACH_UPDATE_GOLDEN=1`, read the diff, and commit the new files.
@Suite("Report, dossier and hand-over: golden files")
struct ExportDocumentsGoldenTests {
  @Test(arguments: Language.allCases)
  func theReportForAllSchoolsMatchesItsGoldenFile(_ language: Language) throws {
    let community = try DocumentFixture.community(language)
    let report = SchoolLeaderReport.render(
      community, school: nil, language: language, today: try #require(DocumentFixture.today))
    try expectGolden(report, named: "report-all-\(language.rawValue).md")
  }

  @Test(arguments: Language.allCases)
  func theReportForOneSchoolMatchesItsGoldenFile(_ language: Language) throws {
    let community = try DocumentFixture.community(language)
    let school = try #require(SchoolLeaderReport.school(matching: "kogeka", in: community))
    let report = SchoolLeaderReport.render(
      community, school: school, language: language, today: try #require(DocumentFixture.today))
    try expectGolden(report, named: "report-school-\(language.rawValue).md")
  }

  @Test(arguments: Language.allCases)
  func theDossierMatchesItsGoldenFile(_ language: Language) throws {
    let community = try DocumentFixture.community(language)
    let dossier = CommunityDossier.render(
      community, language: language, today: try #require(DocumentFixture.today))
    try expectGolden(dossier, named: "dossier-\(language.rawValue).md")
  }

  @Test(arguments: Language.allCases)
  func theHandoverMatchesItsGoldenFile(_ language: Language) throws {
    let community = try DocumentFixture.community(language)
    let handover = HandoverDossier.render(
      community, language: language, today: try #require(DocumentFixture.today))
    try expectGolden(handover, named: "handover-\(language.rawValue).md")
  }

  @Test(arguments: Language.allCases)
  func theHandoverWithPrivateNotesMatchesItsGoldenFile(_ language: Language) throws {
    let community = try DocumentFixture.community(language)
    let handover = HandoverDossier.render(
      community, includePrivate: try DocumentFixture.notebook(community), language: language,
      today: try #require(DocumentFixture.today))
    try expectGolden(handover, named: "handover-private-\(language.rawValue).md")
  }
}
