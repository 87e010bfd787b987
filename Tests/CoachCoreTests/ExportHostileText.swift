/// Texts a person might type (by accident or not) that would break Markdown if they were not
/// escaped: table borders, headings, emphasis, code, HTML, line breaks, list and quote
/// markers, setext underlines, delimiter rows, entities, links, control characters, and a
/// text of 10,000 characters.
enum ExportHostileText {
  static let all: [String] = [
    "a | b || c |",
    "| leading and trailing |",
    "# heading\n## two ###",
    "*bold* **x** _y_ __z__ ***",
    "`code` ```fence\n~~~ tilde ~~strike~~",
    "<script>alert(1)</script>",
    "<SCRIPT SRC=x></SCRIPT><img src=x onerror=alert(1)>",
    "line1\nline2\r\nline3\rline4\u{2028}line5\u{85}line6",
    "1. x\n2) y\n10. z",
    "> quote\n>> nested",
    "- item\n+ item\n* item",
    "a\\|b \\ \\\\ trailing\\",
    "   indented\n\n        code block",
    "title\n---\nother\n===",
    "abc\n:---\n| --- | --- |",
    "&lt;script&gt; &amp; &#60;b&#62; &copy;",
    "[link](http://x) ![img](y) <http://auto> [ref]: /url",
    "\u{0}nul\u{1}\u{1B}[31mred\u{7F}\u{9B}\u{7}bell\u{8}",
    "<br> </td></tr></table><h1>x</h1>",
    "Zoë | Élise 👩‍🏫 — ‘quoted’",
    "\\# \\| \\* escaped already",
    long,
  ]

  /// 10,000 characters of every marker at once, with line breaks.
  static let long: String = {
    let piece = "|#*`<script>[x](y)_~\\&- 1. > \n"
    return String(String(repeating: piece, count: 10_000 / piece.count + 1).prefix(10_000))
  }()
}
