import Foundation
import Testing

@testable import CoachCore

/// The minutes checked with a real CommonMark/GFM parser (cmark-gfm): hostile names and
/// texts never change the document's structure.
@Suite("Minutes export: structure under hostile text")
struct ExportMinutesStructureTests {
  func minutes(_ text: @escaping (String) -> String, language: Language = .nl) throws -> String {
    MinutesMarkdown.render(
      try ExportFixture.community(language, text: text), meeting: ExportFixture.thirdMeeting,
      language: language, today: try #require(ExportFixture.today))
  }

  @Test(
    .enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"),
    arguments: ExportHostileText.all)
  func hostileTextNeverChangesTheStructure(_ hostile: String) throws {
    let harmlessMarkdown = try minutes { _ in "Gewoon" }
    let markdown = try minutes { _ in hostile }
    let harmless = HTMLOutline(html: try CommonMarkParser.html(harmlessMarkdown))
    let outline = HTMLOutline(html: try CommonMarkParser.html(markdown))
    // GitHub pads or cuts a row to the header's cell count, so the HTML alone would not show
    // a `|` that split a cell: count the cell borders in the Markdown too.
    #expect(cellBorders(markdown) == cellBorders(harmlessMarkdown))

    #expect(outline.count("h1") == harmless.count("h1"))
    #expect(outline.count("h2") == harmless.count("h2"))
    #expect(outline.tables.count == harmless.tables.count)
    #expect(outline.tables.map { $0.map(\.count) } == harmless.tables.map { $0.map(\.count) })
    // No list, quote, code, emphasis, link or HTML tag appeared or went missing.
    #expect(outline.skeleton == harmless.skeleton)
    #expect(!outline.html.lowercased().contains("<script"))
    #expect(!outline.html.lowercased().contains("<img"))
  }

  /// The number of unescaped `|` on each table line, the way GFM splits a row into cells.
  func cellBorders(_ markdown: String) -> [Int] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.map { line in
      var borders = 0
      var backslashes = 0
      for character in line {
        if character == "|" && backslashes % 2 == 0 { borders += 1 }
        backslashes = character == "\\" ? backslashes + 1 : 0
      }
      return borders
    }
  }

  @Test(
    .enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"),
    arguments: ExportHostileText.all)
  func hostileTextStaysInItsPlaceAsText(_ hostile: String) throws {
    let outline = HTMLOutline(html: try CommonMarkParser.html(try minutes { _ in hostile }))
    let expected = visibleText(hostile)
    // The community's name in the title, as text.
    let title = try #require(outline.headings(1).first)
    #expect(visibleText(title).hasPrefix(expected))
    let tables = outline.tables
    try #require(tables.count == 4)
    // Names and schools in their own cells of the attendance table.
    for row in tables[0].dropFirst() {
      #expect(visibleText(row[0]) == expected)
      #expect(visibleText(row[1]) == expected)
    }
    // An agreement's text in the "what" cell, its note in the last.
    #expect(visibleText(tables[1][3][2]) == expected)
    #expect(visibleText(tables[1][3][6]) == expected)
    // The agreement closed between meetings: its text and note.
    #expect(visibleText(tables[2][1][2]) == expected)
    #expect(visibleText(tables[2][1][6]) == expected)
    #expect(visibleText(tables[3][1][2]) == expected)
    // The meeting's notes: the last paragraphs, all of the text.
    let notes = try #require(outline.after(heading: "Algemene notities"))
    #expect(visibleText(notes.paragraphs.joined(separator: "\n")) == expected)
  }

  @Test(.enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"))
  func scriptNeverBecomesATag() throws {
    let markdown = try minutes { _ in "<script>alert('x')</script>" }
    let html = try CommonMarkParser.html(markdown)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
  }

  @Test func controlCharactersNeverAppear() throws {
    let markdown = try minutes { _ in "a\u{0}b\u{1B}[31mc\u{7F}d\u{9B}e\u{7}f\tg" }
    let controls = markdown.unicodeScalars.filter {
      $0.properties.generalCategory == .control && $0 != "\n"
    }
    #expect(controls.isEmpty)
  }

  @Test(.enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"))
  func emptySectionsSaySoInASentence() throws {
    var community = try makeCommunity("VLG Leeg", phase: .discussAndDevelop)
    let meeting = Meeting(day: try day("2026-10-06"), phase: .discussAndDevelop)
    community.meetings = [meeting]
    for (language, sentences) in [
      (
        Language.nl,
        [
          "Geen leden.", "Geen agendapunten.", "Geen eerdere afspraken op te volgen.",
          "Geen afspraken.", "Geen algemene notities.",
        ]
      ),
      (
        .en,
        [
          "No members.", "No agenda items.", "No earlier agreements to follow up.",
          "No agreements.", "No general notes.",
        ]
      ),
    ] {
      let markdown = MinutesMarkdown.render(
        community, meeting: meeting.id, language: language, today: try day("2026-10-07"))
      let outline = HTMLOutline(html: try CommonMarkParser.html(markdown))
      #expect(outline.tables.isEmpty)
      #expect(outline.paragraphs == sentences)
      #expect(markdown.contains("- **" + (language == .nl ? "Plaats" : "Place") + ":** —"))
    }
  }

  @Test(.enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"))
  func theStatusIsTheOneRecordedUpToThatMeeting() throws {
    var community = try ExportFixture.community(.en)
    // Agreement 3 was reviewed "partly" in meeting 3; meeting 4 lists it again, still partly.
    let fourth = community.addMeeting(on: try day("2027-01-12"), language: .en)
    let minutes = MinutesMarkdown.render(
      community, meeting: fourth.id, language: .en, today: try day("2027-01-20"))
    let review = try #require(
      HTMLOutline(html: try CommonMarkParser.html(minutes)).tables.dropFirst().first)
    #expect(review.map { $0[0] } == ["No.", "1", "3", "5", "6", "7"])
    #expect(review.map { $0[4] } == ["Status", "open", "partly", "open", "open", "open"])
    // Agreement 6 is due on 15 Jan: the meeting of 12 Jan does not carry it over.
    #expect(review.map { $0[5] } == ["Carried over", "3", "2", "1", "0", "1"])
    // The note goes with the status: what was left to do when it was found partly done.
    #expect(review.map { $0[6] } == ["Note", "", "chapter 2 still to read", "", "", ""])
  }

  @Test(.enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"))
  func anAgreementDueAtTheNextMeetingSaysSoEvenOnceThatMeetingIsPlanned() throws {
    var community = try ExportFixture.community(.nl)
    community.addMeeting(on: try day("2027-01-12"), language: .nl)
    let minutes = MinutesMarkdown.render(
      community, meeting: ExportFixture.thirdMeeting, language: .nl, today: try day("2026-12-20"))
    let made = try #require(HTMLOutline(html: try CommonMarkParser.html(minutes)).tables.last)
    #expect(
      made.map { $0[4] } == [
        "Klaar tegen", "volgende bijeenkomst", "15 januari 2027", "volgende bijeenkomst",
      ])
  }

  @Test func anUnknownMeetingGivesAShortDocument() throws {
    let community = try ExportFixture.community(.en)
    let markdown = MinutesMarkdown.render(
      community, meeting: UUID(), language: .en, today: try day("2026-12-20"))
    #expect(markdown == "# VLG Handel Kempen\n\nThis meeting does not exist.\n")
  }

  /// A meeting not run yet (no clock started, no attendance) is exported as its agenda,
  /// said so in its title and first sentence, without empty attendance or minutes sections.
  @Test func aMeetingStillToComeIsExportedAsItsAgenda() throws {
    let today = try day("2026-11-21")
    let community = DemoData.communities(today: today, now: Date()).first {
      $0.name == "VLG Handel Kempen"
    }
    let commerce = try #require(community)
    let next = try #require(commerce.meeting(number: 3))
    let markdown = MinutesMarkdown.render(
      commerce, meeting: next.id, language: .en, today: today)
    #expect(markdown.hasPrefix("# VLG Handel Kempen — agenda of meeting 3, 8 December 2026\n"))
    #expect(
      markdown.contains(
        "This meeting has not taken place yet: this is its agenda, not its minutes."))
    #expect(markdown.contains("- 1 · Opening (5′)"))
    #expect(markdown.contains("## Follow-up of earlier agreements"))
    #expect(!markdown.contains("## Attendance"))
    #expect(!markdown.contains("## Agreements made in this meeting"))
    // Held meetings keep their minutes.
    let held = try #require(commerce.meeting(number: 2))
    let minutes = MinutesMarkdown.render(commerce, meeting: held.id, language: .en, today: today)
    #expect(minutes.contains("## Attendance"))
  }
}
