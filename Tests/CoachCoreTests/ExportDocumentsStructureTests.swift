import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

/// The report, the dossier and the hand-over read back by a real CommonMark/GFM parser
/// (cmark-gfm): their headings and tables are what the golden files show, and hostile names
/// and texts never change that structure.
@Suite("Report, dossier and hand-over: structure")
struct ExportDocumentsStructureTests {
  enum Document: String, CaseIterable, Sendable {
    case reportAll, reportSchool, dossier, handover, handoverPrivate
  }

  static func render(
    _ document: Document, _ language: Language = .nl,
    text: @escaping (String) -> String = { $0 }
  ) throws -> String {
    let community = try DocumentFixture.community(language, text: text)
    let today = try #require(DocumentFixture.today)
    switch document {
    case .reportAll:
      return SchoolLeaderReport.render(community, school: nil, language: language, today: today)
    case .reportSchool:
      // Jan Peeters's school, whatever text it holds.
      let school = community.members[2].school
      return SchoolLeaderReport.render(
        community, school: school, language: language, today: today)
    case .dossier:
      return CommunityDossier.render(community, language: language, today: today)
    case .handover:
      return HandoverDossier.render(community, language: language, today: today)
    case .handoverPrivate:
      return HandoverDossier.render(
        community, includePrivate: try DocumentFixture.notebook(community), language: language,
        today: today)
    }
  }

  static let needsParser = Testing.ConditionTrait.enabled(
    if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm")

  @Test(needsParser)
  func theReportParsesIntoItsSectionsAndTables() throws {
    let all = HTMLOutline(html: try CommonMarkParser.html(try Self.render(.reportAll)))
    #expect(all.headings(1) == ["VLG Handel Kempen — rapport voor schoolleiders"])
    #expect(
      all.headings(2) == [
        "Wat we in deze fase van schoolleiders vragen", "Thema's", "Aanwezigheid", "Afspraken",
        "Resultaten",
      ])
    #expect(
      all.headings(3) == [
        "Open afspraken", "Afgewerkte afspraken", "Overgedragen naar een volgende bijeenkomst",
        "Thema's met output klaar", "Wat gemaakt en uitgeprobeerd is", "Toonmomenten",
      ])
    let made = try #require(all.after(heading: "Wat gemaakt en uitgeprobeerd is"))
    // The two outputs, then the one showcase under the next heading.
    #expect(made.listItems.count == 3)
    #expect(made.listItems.first?.hasPrefix("Casusbundel KMO — gemaakt 2 november 2026") == true)
    let shown = try #require(all.after(heading: "Toonmomenten"))
    #expect(shown.listItems.first?.hasPrefix("10 februari 2027, toonmoment") == true)
    let tables = all.tables
    try #require(tables.count == 6)
    #expect(tables[0][0] == ["Thema", "Status", "Wie", "Advies"])
    #expect(tables[0].count == 3)
    // One line per school, then one per teacher; excused apart from absent.
    #expect(tables[1].map { $0[0] }.dropFirst().count == 4)
    #expect(
      tables[2][0] == [
        "Naam", "School", "Deelname", "Aanwezig", "Verontschuldigd", "Afwezig", "Opkomst",
        "Laatste 3",
      ])
    #expect(tables[2].count == 8)
    #expect(tables[3].map { $0[0] } == ["Nr.", "1", "3", "5", "6", "7"])
    #expect(tables[3].map { $0[5] } == ["Status", "open", "deels", "open", "open", "open"])

    let school = HTMLOutline(html: try CommonMarkParser.html(try Self.render(.reportSchool)))
    #expect(school.headings(1) == all.headings(1))
    // Which of the school's teachers are on each theme.
    #expect(
      school.tables[0].map { $0[3] } == [
        "Van deze school", "Jan Peeters", "Jan Peeters, Bram De Smet",
      ])
    let teachers = school.tables[1]
    // Only KOGEKA's teachers, and no school column.
    #expect(teachers.map { $0[0] } == ["Naam", "Bram De Smet", "Jan Peeters"])
    #expect(teachers[2] == ["Jan Peeters", "actief", "2 van 3", "0", "1", "67%", "2 van 3"])
  }

  @Test(needsParser)
  func theDossierParsesIntoItsSectionsAndMeetings() throws {
    let outline = HTMLOutline(html: try CommonMarkParser.html(try Self.render(.dossier, .en)))
    #expect(outline.headings(1) == ["VLG Handel Kempen — dossier"])
    #expect(outline.headings(2) == ["Phase history", "Members", "Themes", "Meetings"])
    #expect(
      outline.headings(3) == [
        "Formative assessment", "Case-based teaching", "Meeting 1 — 6 October 2026",
        "Meeting 2 — 10 November 2026", "Meeting 3 — 8 December 2026",
        "Meeting 4 — 12 January 2027",
      ])
    #expect(outline.headings(4).contains("Followed up in this meeting"))
    #expect(outline.headings(4).contains("General notes (in the minutes)"))
    #expect(outline.paragraphs.contains("Notes in the minutes:"))
    let tables = outline.tables
    #expect(tables[0][0] == ["Phase", "Since", "Note"])
    #expect(tables[0].count == 3)
    #expect(tables[1].count == 8)
    #expect(!outline.html.contains("PRIVATE-MARKER"))
  }

  @Test(needsParser)
  func theHandoverParsesIntoItsSections() throws {
    let plain = HTMLOutline(html: try CommonMarkParser.html(try Self.render(.handover)))
    #expect(plain.headings(1) == ["VLG Handel Kempen — overdracht aan de interne coach"])
    #expect(
      plain.headings(2) == [
        "Waar de groep staat", "Thema's", "Open afspraken", "Wat werkte", "Leden",
      ])
    #expect(
      plain.headings(3) == [
        "Formatief evalueren", "Casusonderwijs", "Afgewerkte afspraken",
        "Thema's met output klaar", "Bijeenkomsten met minstens 80% opkomst",
        "Wat gemaakt en uitgeprobeerd is",
      ])
    let tried = try #require(plain.after(heading: "Wat gemaakt en uitgeprobeerd is"))
    #expect(tried.listItems.count == 1, "only the output tried in class")
    let worked = try #require(plain.after(heading: "Bijeenkomsten met minstens 80% opkomst"))
    #expect(
      worked.listItems.first
        == "bijeenkomst 1, 6 oktober 2026: 6 van 7 aanwezig, wie te laat kwam inbegrepen.")

    let withNotes = HTMLOutline(
      html: try CommonMarkParser.html(try Self.render(.handoverPrivate)))
    #expect(
      withNotes.headings(2) == plain.headings(2) + ["Privénotities van de coach (groepsdynamiek)"])
    // The warning is the first thing after the title.
    #expect(withNotes.tags.prefix(6) == ["h1", "/h1", "p", "strong", "/strong", "/p"])
    #expect(withNotes.paragraphs.first == "Bevat privénotities van de coach — niet doorgeven.")
    #expect(withNotes.tables.last?.count == 3)
  }

  @Test(needsParser, arguments: ExportHostileText.all)
  func hostileTextNeverChangesTheStructure(_ hostile: String) throws {
    for document in Document.allCases {
      let harmlessMarkdown = try Self.render(document) { _ in "Gewoon" }
      let markdown = try Self.render(document) { _ in hostile }
      let harmless = HTMLOutline(html: try CommonMarkParser.html(harmlessMarkdown))
      let outline = HTMLOutline(html: try CommonMarkParser.html(markdown))
      #expect(
        ExportMinutesStructureTests().cellBorders(markdown)
          == ExportMinutesStructureTests().cellBorders(harmlessMarkdown), "\(document)")
      for level in 1...4 {
        #expect(outline.count("h\(level)") == harmless.count("h\(level)"), "\(document)")
      }
      #expect(
        outline.tables.map { $0.map(\.count) } == harmless.tables.map { $0.map(\.count) },
        "\(document)")
      #expect(outline.skeleton == harmless.skeleton, "\(document)")
      #expect(!outline.html.lowercased().contains("<script"), "\(document)")
      #expect(!outline.html.lowercased().contains("<img"), "\(document)")
    }
  }
}

/// Every text of the documents' fixture filled with seeded random text (the pieces of
/// `ExportRandomTextTests`): the structure stays the harmless text's. Short by default;
/// VLGCOACH_LONG=1 runs many more seeds.
@Suite("Report, dossier and hand-over under random text")
struct ExportDocumentsRandomTextTests {
  @Test(ExportDocumentsStructureTests.needsParser)
  func theDocumentsKeepTheirStructure() throws {
    let structure = ExportDocumentsStructureTests()
    for seed in ExportRandomTextTests.seeds {
      var random = SeededRandom(seed: seed)
      let text = ExportRandomTextTests.randomText(&random)
      print("documents, seed \(seed): \(text.debugDescription)")
      try structure.hostileTextNeverChangesTheStructure(text)
    }
  }
}
