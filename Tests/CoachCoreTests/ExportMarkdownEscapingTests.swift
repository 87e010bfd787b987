import Testing

@testable import CoachCore

@Suite("Markdown escaping")
struct ExportMarkdownEscapingTests {
  @Test func markersAreEscapedEverywhere() {
    #expect(MarkdownEscaping.inline("a|b") == "a\\|b")
    #expect(MarkdownEscaping.inline("*x* _y_ `z` ~w~") == "\\*x\\* \\_y\\_ \\`z\\` \\~w\\~")
    #expect(MarkdownEscaping.inline("[a](b) <i> & \\") == "\\[a\\](b) \\<i\\> \\& \\\\")
    #expect(MarkdownEscaping.inline("C# and 1. and a-b") == "C# and 1. and a-b")
  }

  @Test func markersAtTheStartOfALineStayText() {
    #expect(MarkdownEscaping.inline("# x") == "\\# x")
    #expect(MarkdownEscaping.inline("- x") == "\\- x")
    #expect(MarkdownEscaping.inline("+ x") == "\\+ x")
    #expect(MarkdownEscaping.inline("> x") == "\\> x")
    #expect(MarkdownEscaping.inline("1. x") == "1\\. x")
    #expect(MarkdownEscaping.inline("12) x") == "12\\) x")
    #expect(MarkdownEscaping.inline("===") == "\\===")
    #expect(MarkdownEscaping.inline(":---") == "\\:---")
    #expect(MarkdownEscaping.inline("    code") == "code")
    #expect(MarkdownEscaping.inline("2026") == "2026")
  }

  @Test func lineBreaksDependOnThePlace() {
    #expect(MarkdownEscaping.inline("a\n# b") == "a # b")
    #expect(MarkdownEscaping.heading("a\n# b #") == "a \\# b \\#")
    #expect(MarkdownEscaping.tableCell("a\n- b\r\n\nc|d") == "a<br>\\- b<br>c\\|d")
    #expect(MarkdownEscaping.lineBreaks("a\n# b\n\nc", indent: "  ") == "a\\\n  \\# b\\\n  c")
    #expect(MarkdownEscaping.paragraphs("a\n# b\n\n\n- c\n") == "a\\\n\\# b\n\n\\- c")
    #expect(MarkdownEscaping.paragraphs(" \n\n ") == "")
  }

  @Test func controlCharactersAreDropped() {
    #expect(MarkdownEscaping.inline("a\u{0}b\u{1B}c\u{7F}d\u{9B}e\tf") == "abcde f")
    #expect(MarkdownEscaping.tableCell("\u{7}") == "")
  }

  /// Every hostile text comes back as exactly its own text from a real parser, in each of the
  /// places the minutes use: a paragraph, a list item, a heading, a table cell.
  @Test(
    .enabled(if: CommonMarkParser.shouldRun, "needs cmark-gfm: apt-get install -y cmark-gfm"),
    arguments: ExportHostileText.all)
  func aRealParserReadsBackTheText(_ hostile: String) throws {
    let expected = visibleText(hostile)
    let markdown = [
      "# " + MarkdownEscaping.heading(hostile),
      MarkdownEscaping.paragraphs(hostile),
      "- " + MarkdownEscaping.lineBreaks(hostile, indent: "  "),
      MarkdownTable.render(header: ["h", "i"], rows: [[hostile, "x"]]),
      "after",
    ].joined(separator: "\n\n")
    let outline = HTMLOutline(html: try CommonMarkParser.html(markdown))
    #expect(outline.headings(1).map(visibleText) == [expected])
    #expect(outline.tables.count == 1)
    #expect(outline.tables.first?.map { $0.map(visibleText) } == [["h", "i"], [expected, "x"]])
    #expect(outline.count("li") == 1)
    #expect(outline.count("h1") == 1)
    #expect(outline.count("h2") == 0)
    #expect(outline.listItems.map(visibleText) == [expected])
    #expect(outline.paragraphs.last == "after")
    #expect(visibleText(outline.paragraphs.dropLast().joined(separator: "\n")) == expected)
    let tags = Set(outline.tags.map { $0.replacingOccurrences(of: "/", with: "") })
    #expect(
      tags.isSubset(of: ["h1", "p", "br", "ul", "li", "table", "thead", "tbody", "tr", "th", "td"]))
  }
}
