import Foundation
import Testing

/// A real CommonMark/GFM parser for the tests: `cmark-gfm` (Debian package cmark-gfm, which
/// .ci/run installs), run as a process on a temporary file.
///
/// Options: the table extension (GitHub tables) and strikethrough (so an unescaped `~` would
/// show); `--unsafe`, so raw HTML would pass through as a tag if the escaping let any
/// through — the default safe mode would hide exactly the mistake the tests look for. The
/// tagfilter and autolink extensions are left out for the same reason: tagfilter would
/// defuse `<script>`, and autolinks only turn text into links, which is no structure.
enum CommonMarkParser {
  struct NotInstalled: Error, CustomStringConvertible {
    var description: String { "cmark-gfm is not installed: apt-get install -y cmark-gfm" }
  }

  struct Failed: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "cmark-gfm ended with status \(status)" }
  }

  /// Whether the parser tests run: when cmark-gfm is installed, and always in CI (where a
  /// missing parser must fail loudly, since .ci/run installs it). On a machine without it,
  /// `swift test` skips them and says why.
  static var shouldRun: Bool {
    executable != nil || ProcessInfo.processInfo.environment["CI"] == "true"
  }

  static var executable: URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map {
      URL(fileURLWithPath: String($0)).appendingPathComponent("cmark-gfm")
    }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// The HTML of `markdown`.
  static func html(_ markdown: String) throws -> String {
    guard let executable else {
      Issue.record(NotInstalled())
      throw NotInstalled()
    }
    return try TemporaryDirectory.with { folder in
      let input = folder.appendingPathComponent("input.md")
      try Data(markdown.utf8).write(to: input)
      let process = Process()
      process.executableURL = executable
      process.arguments = [
        "--unsafe", "-e", "table", "-e", "strikethrough", "-t", "html", input.path,
      ]
      let output = Pipe()
      process.standardOutput = output
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { throw Failed(status: process.terminationStatus) }
      return String(decoding: data, as: UTF8.self)
    }
  }
}

/// What the tests compare in the HTML of a Markdown document: the sequence of tags, the
/// headings, and the tables as rows of cell texts. The HTML is read once into tokens; an
/// element's content runs to the first closing tag of its name (cmark-gfm nests no element
/// in one of the same name in our documents).
struct HTMLOutline {
  enum Token: Equatable {
    case open(String)
    case close(String)
    case text(String)
  }

  let html: String
  let tokens: [Token]

  init(html: String) {
    self.html = html
    tokens = Self.tokenize(html)
  }

  /// The names of the tags in order, closing ones with a slash: `["h1", "/h1", …]`.
  var tags: [String] {
    tokens.compactMap { token in
      switch token {
      case .open(let name): name
      case .close(let name): "/" + name
      case .text: nil
      }
    }
  }

  /// The structural tags: without line breaks (`br`) and paragraphs (`p`), which text with
  /// line breaks may add without changing any heading, list or table.
  var skeleton: [String] {
    tags.filter { !["br", "/br", "p", "/p"].contains($0) }
  }

  func count(_ tag: String) -> Int { tags.filter { $0 == tag }.count }

  /// The texts of the headings of `level`.
  func headings(_ level: Int) -> [String] {
    Self.elements("h\(level)", in: tokens[...]).map(Self.text)
  }

  /// Every table as rows of cell texts (header row first); `<br>` reads as a line break.
  var tables: [[[String]]] {
    Self.elements("table", in: tokens[...]).map { table in
      Self.elements("tr", in: table).map { row in
        Self.elements("th", "td", in: row).map(Self.text)
      }
    }
  }

  /// The texts of the paragraphs.
  var paragraphs: [String] {
    Self.elements("p", in: tokens[...]).map(Self.text)
  }

  /// The texts of the list items.
  var listItems: [String] {
    Self.elements("li", in: tokens[...]).map(Self.text)
  }

  /// The outline of what follows the first heading whose text is `title`.
  func after(heading title: String) -> HTMLOutline? {
    var depth: Int?
    for (index, token) in tokens.enumerated() {
      if case .open(let name) = token, name.count == 2, name.hasPrefix("h") { depth = index }
      if case .close = token, let start = depth,
        Self.text(tokens[(start + 1)..<index]) == title
      {
        return HTMLOutline(tokens: Array(tokens[(index + 1)...]))
      }
    }
    return nil
  }

  private init(tokens: [Token]) {
    html = ""
    self.tokens = tokens
  }

  /// The contents of every element named one of `names`.
  static func elements(_ names: String..., in tokens: ArraySlice<Token>) -> [ArraySlice<Token>] {
    var result: [ArraySlice<Token>] = []
    var open: (name: String, start: Int)?
    for index in tokens.indices {
      switch tokens[index] {
      case .open(let name) where open == nil && names.contains(name):
        open = (name, index + 1)
      case .close(let name) where open?.name == name:
        result.append(tokens[(open?.start ?? index)..<index])
        open = nil
      default:
        break
      }
    }
    return result
  }

  /// The text of some tokens: `<br>` as a line break, other tags left out.
  static func text(_ tokens: ArraySlice<Token>) -> String {
    tokens.map { token in
      switch token {
      case .text(let text): text
      case .open("br"): "\n"
      default: ""
      }
    }.joined()
  }

  /// Tags and the text between them, entities read. `<` in text is always `&lt;` in what
  /// cmark-gfm writes, so every `<` starts a tag (or a comment, read as a tag named `!--`).
  static func tokenize(_ html: String) -> [Token] {
    var tokens: [Token] = []
    let bytes = Array(html.utf8)
    var index = 0
    var textStart = 0
    func flushText(upTo end: Int) {
      guard end > textStart else { return }
      tokens.append(.text(decode(String(decoding: bytes[textStart..<end], as: UTF8.self))))
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      flushText(upTo: index)
      let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
      let inside = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
      let closing = inside.hasPrefix("/")
      let name = (closing ? inside.dropFirst() : inside[...])
        .prefix { $0 != " " && $0 != "/" && $0 != ">" }.lowercased()
      tokens.append(closing ? .close(name) : .open(name))
      index = end + 1
      textStart = index
    }
    flushText(upTo: bytes.count)
    return tokens
  }

  private static let entities: [String: String] = [
    "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "#39": "'",
  ]

  /// The entities cmark-gfm writes, read back.
  private static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = text[...]
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let after = rest[rest.index(after: ampersand)...]
      if let semicolon = after.prefix(5).firstIndex(of: ";"),
        let character = entities[String(after[..<semicolon])]
      {
        result += character
        rest = after[after.index(after: semicolon)...]
      } else {
        result += "&"
        rest = after
      }
    }
    return result + rest
  }
}

/// Text as a reader sees it: control characters gone, every run of white space (line breaks
/// included) one space, nothing around it. Compares what was typed with what was rendered.
func visibleText(_ text: String) -> String {
  let kept = String(
    String.UnicodeScalarView(
      text.unicodeScalars.map { $0 == "\t" ? " " : $0 }.filter {
        $0.properties.generalCategory != .control || $0.properties.isWhitespace
      }))
  return kept.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
