import Foundation
import Testing

@testable import CoachCore

/// The coach's private notes reach a document only when a notebook is handed over: a store
/// holds the community and its notebook (whose notes carry a marker), and what the store
/// hands out as the community makes no report, dossier or hand-over that holds the marker.
@Suite("Report, dossier and hand-over: the private notes")
struct ExportDocumentsPrivacyTests {
  /// The community and its notebook, saved into a store and read back by a new instance.
  func stored(_ language: Language) throws -> (Community, CoachNotebook) {
    try TemporaryDirectory.with { temp in
      let folder = storeFolder(in: temp)
      let community = try DocumentFixture.community(language)
      do {
        let store = try openStore(folder)
        try store.save(community)
        try store.saveNotebook(try DocumentFixture.notebook(community))
      }
      let store = try openStore(folder)
      return (try store.community(community.id), try store.notebook(community.id))
    }
  }

  @Test(arguments: Language.allCases)
  func noReportHoldsTheMarker(_ language: Language) throws {
    let (community, notebook) = try stored(language)
    #expect(notebook.notes.allSatisfy { $0.text.contains(DocumentFixture.marker) })
    let today = try #require(DocumentFixture.today)
    for school in [nil] + community.allSchools.map(Optional.some) {
      let report = SchoolLeaderReport.render(
        community, school: school, language: language, today: today)
      #expect(!report.contains(DocumentFixture.marker), "\(school ?? "all")")
      #expect(!report.contains(DocumentStrings.of(language).privateWarning))
    }
  }

  @Test(arguments: Language.allCases)
  func theDossierAndHandoverHoldTheMarkerOnlyWithTheNotebook(_ language: Language) throws {
    let (community, notebook) = try stored(language)
    let today = try #require(DocumentFixture.today)
    let warning = DocumentStrings.of(language).privateWarning
    let without = [
      CommunityDossier.render(community, language: language, today: today),
      HandoverDossier.render(community, language: language, today: today),
      CommunityDossier.render(community, includePrivate: nil, language: language, today: today),
    ]
    for document in without {
      #expect(!document.contains(DocumentFixture.marker))
      #expect(!document.contains(warning))
    }
    let with = [
      CommunityDossier.render(
        community, includePrivate: notebook, language: language, today: today),
      HandoverDossier.render(
        community, includePrivate: notebook, language: language, today: today),
    ]
    for document in with {
      #expect(document.contains(DocumentFixture.marker))
      // Right under the title, before anything else.
      let blocks = document.components(separatedBy: "\n\n")
      #expect(blocks[0].hasPrefix("# "))
      #expect(blocks[1] == "**" + warning + "**")
      #expect(document.components(separatedBy: warning).count == 2)
    }
  }

  @Test func anotherCommunitysNotebookIsNeverShown() throws {
    let community = try DocumentFixture.community(.en)
    let other = try makeCommunity("VLG Ander", members: ["Piet"])
    var notebook = CoachNotebook(communityID: other.id)
    try notebook.add("Elsewhere " + DocumentFixture.marker, day: try day("2026-11-01"), in: other)
    let today = try #require(DocumentFixture.today)
    let dossier = CommunityDossier.render(
      community, includePrivate: notebook, language: .en, today: today)
    #expect(!dossier.contains(DocumentFixture.marker))
    #expect(!dossier.contains(DocumentStrings.english.privateWarning))
  }

  @Test func schoolsAreFoundByNameOrAUniquePart() throws {
    let community = try DocumentFixture.community(.nl)
    #expect(SchoolLeaderReport.school(matching: "kogeka geel", in: community) == "KOGEKA Geel")
    #expect(
      SchoolLeaderReport.school(matching: "herentals", in: community)
        == "Sint-Jozefscollege Herentals")
    #expect(
      SchoolLeaderReport.school(matching: "SINT-VICTOR", in: community) == "Sint-Victor Turnhout")
    // Two schools in Turnhout: no single school.
    #expect(SchoolLeaderReport.school(matching: "turnhout", in: community) == nil)
    #expect(SchoolLeaderReport.school(matching: "Atheneum", in: community) == nil)
    #expect(SchoolLeaderReport.school(matching: " ", in: community) == nil)
  }
}
