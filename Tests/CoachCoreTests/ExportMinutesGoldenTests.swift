import Foundation
import Testing

@testable import CoachCore

/// The minutes of a realistic meeting, compared with files a person has read
/// (`Golden/minutes-nl.md`, `Golden/minutes-en.md`). After an intended change, run the tests
/// once with `VLGCOACH_UPDATE_GOLDEN=1`, read the diff, and commit the new files.
@Suite("Minutes export: golden files")
struct ExportMinutesGoldenTests {
  @Test(arguments: Language.allCases)
  func minutesMatchTheGoldenFile(_ language: Language) throws {
    let community = try ExportFixture.community(language)
    let minutes = MinutesMarkdown.render(
      community, meeting: ExportFixture.thirdMeeting, language: language,
      today: try #require(ExportFixture.today))
    try expectGolden(minutes, named: "minutes-\(language.rawValue).md")
  }

  @Test(.enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"))
  func theGoldenMinutesParseIntoTheExpectedStructure() throws {
    let community = try ExportFixture.community(.nl)
    let minutes = MinutesMarkdown.render(
      community, meeting: ExportFixture.thirdMeeting, language: .nl,
      today: try #require(ExportFixture.today))
    let outline = HTMLOutline(html: try CommonMarkParser.html(minutes))
    #expect(outline.headings(1) == ["VLG Handel Kempen — bijeenkomst 3, 8 december 2026"])
    // Only agenda items with notes or decisions get a heading; the others share one list.
    #expect(
      outline.headings(2) == [
        "Aanwezigheid", "2. Terugblik op de afspraken (15′)",
        "3. Kritische bespreking van het materiaal (45′)", "5. Nabespreking (10′)",
        "Andere agendapunten (zonder notities)", "Opvolging van eerdere afspraken",
        "Afspraken van deze bijeenkomst", "Algemene notities",
      ])
    #expect(outline.headings(3) == ["Afgesloten sinds de vorige bijeenkomst"])
    let others = try #require(outline.after(heading: "Andere agendapunten (zonder notities)"))
    #expect(others.listItems == ["1 · Opening (5′) — Élise Dubois", "4 · Nieuwe afspraken (10′)"])
    // Late counts as present; the list holds the active members and those recorded.
    #expect(outline.paragraphs.contains("3 van 6 aanwezig, wie te laat kwam inbegrepen."))
    let tables = outline.tables
    try #require(tables.count == 4)
    // Attendance: active members and those recorded, by name ignoring accents.
    #expect(
      tables[0] == [
        ["Naam", "School", "Aanwezigheid"],
        ["Ann Janssens", "Sint-Jozefscollege Herentals", "aanwezig"],
        ["Bram De Smet", "KOGEKA Geel", "—"],
        ["Élise Dubois", "Heilig Graf Turnhout", "te laat"],
        ["Jan Peeters", "KOGEKA Geel", "aanwezig"],
        ["Sébastien Claes", "Sint-Victor Turnhout", "afwezig"],
        ["Zoë Vermeulen", "Sint-Victor Turnhout", "verontschuldigd"],
      ])
    #expect(tables[1].map { $0[4] } == ["Status", "open", "klaar", "deels", "geschrapt"])
    #expect(tables[1].map { $0[5] } == ["Overgedragen", "2", "0", "1", "0"])
    // Closed between meetings 2 and 3: not on the review, but not lost either.
    #expect(
      tables[2] == [
        ["Nr.", "Soort", "Wat", "Wie", "Status", "Datum", "Opmerking"],
        [
          "8", "(c) materiaal voorzien", "Toetsmatrijs delen met de groep", "Sébastien Claes",
          "klaar", "20 november 2026", "gedeeld via Smartschool",
        ],
      ])
    #expect(
      tables[3].map { $0[4] } == [
        "Klaar tegen", "volgende bijeenkomst", "15 januari 2027", "volgende bijeenkomst",
      ])
  }
}

/// Compares `text` with the golden file `name`, or writes it when `VLGCOACH_UPDATE_GOLDEN`
/// is set. A difference names the first line that differs.
func expectGolden(
  _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden", isDirectory: true).appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["VLGCOACH_UPDATE_GOLDEN"] != nil {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
  let golden = try String(contentsOf: url, encoding: .utf8)
  guard golden != text else { return }
  let expected = golden.components(separatedBy: "\n")
  let actual = text.components(separatedBy: "\n")
  let line =
    zip(expected, actual).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
    ?? min(expected.count, actual.count)
  Issue.record(
    """
    \(name) differs from line \(line + 1):
      golden: \(line < expected.count ? expected[line] : "(end of file)")
      actual: \(line < actual.count ? actual[line] : "(end of file)")
    """, sourceLocation: sourceLocation)
}
