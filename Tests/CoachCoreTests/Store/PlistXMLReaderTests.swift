import Foundation
import FuzzSupport
import Testing

@testable import CoachCore

/// The property-list reader on its own: what Foundation writes and what a person may write by
/// hand reads as the same tree; what is broken is refused with a line, never a trap.
@Suite("Property-list reader")
struct PlistXMLReaderTests {
  private func parse(_ text: String) throws -> PlistXMLReader.Result {
    try PlistXMLReader.parse(Data(text.utf8))
  }

  private func plist(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    \(body)
    </plist>
    """
  }

  @Test func everyKindOfValueReads() throws {
    let read = try parse(
      plist(
        """
        <dict>
          <key>text</key><string>Zoë &amp; co &lt;VLG&gt; &#233;&#xE9; &quot;&apos;</string>
          <key>empty</key><string/>
          <key>number</key><integer> -42 </integer>
          <key>real</key><real>2.5</real>
          <key>yes</key><true/>
          <key>no</key><false></false>
          <key>day</key><date>2026-12-03T10:00:00Z</date>
          <key>bytes</key><data>
            aGFs
            bG8=
          </data>
          <key>list</key><array><string>a</string><array/><dict/></array>
          <key>odd</key><integer>12x</integer>
        </dict>
        """))
    let expected: PlistValue = .dictionary([
      "text": .string("Zoë & co <VLG> éé \"'"),
      "empty": .string(""),
      "number": .integer(-42),
      "real": .real(2.5),
      "yes": .bool(true),
      "no": .bool(false),
      "day": .date(Date(timeIntervalSince1970: 1_796_292_000)),
      "bytes": .data(Data("hallo".utf8)),
      "list": .array([.string("a"), .array([]), .dictionary([:])]),
      "odd": .malformed(element: "integer", text: "12x"),
    ])
    #expect(read.value == expected)
    #expect(read.duplicateKeys.isEmpty)
    #expect(!read.hadInvalidText)
  }

  @Test func cdataCommentsAndAttributesAreReadAsXMLMeansThem() throws {
    let read = try parse(
      """
      \u{FEFF}<?xml version="1.0"?>
      <!-- before -->
      <!DOCTYPE plist [ <!ENTITY x "y"> ]>
      <plist version='1.0'>
      <!-- inside -->
      <dict >
        <key>a</key> <!-- between --> <string>one <![CDATA[<two> & ]]>three<!-- gone -->!</string>
        <key  >b</key><string
          lang="nl">x</string>
        <key>a</key><string>again</string>
        <key>c</key><string>&unknown; &</string>
      </dict>
      </plist >
      """)
    #expect(
      read.value
        == .dictionary([
          "a": .string("again"), "b": .string("x"), "c": .string("&unknown; &"),
        ]))
    #expect(read.duplicateKeys == ["a"])
    let cdata = try parse(plist("<string>one <![CDATA[<two> & ]]>three<!-- gone -->!</string>"))
    #expect(cdata.value == .string("one <two> & three!"))
  }

  @Test func bytesThatAreNotUTF8AreReplacedAndSaidSo() throws {
    var bytes = Array(plist("<string>ab</string>").utf8)
    let at = try #require(bytes.firstIndex(of: UInt8(ascii: "b")))
    bytes.insert(0xFF, at: at)
    let read = try PlistXMLReader.parse(Data(bytes))
    #expect(read.value == .string("a\u{FFFD}b"))
    #expect(read.hadInvalidText)
  }

  @Test(arguments: [
    ("", "the file ends early"),
    ("bplist00", "a binary property list"),
    ("<plist><dict><string>x</string></dict></plist>", "without its <key>"),
    ("<plist><string>x</plist>", "not closed"),
    ("<plist><string>x", "ends inside <string>"),
    ("<plist><blink/></plist>", "unknown element <blink>"),
    ("<plist><string>x</string></plist>tail", "text after the end"),
    ("<plist><array><string>x</string>", "ends early"),
    ("<plist><string>x</string  y></plist>", "a broken </string>"),
    ("<plist>loose</plist>", "text where a value was expected"),
    ("<plist><dict><key>a</key><string", "does not end"),
    ("<!DOCTYPE plist [", "the DOCTYPE does not end"),
    ("<plist>< x/></plist>", "a broken tag"),
  ])
  func brokenFilesAreRefusedWithAReason(text: String, reason: String) {
    #expect {
      try parse(text)
    } throws: { error in
      (error as? PlistParseError)?.reason.contains(reason) == true
    }
  }

  @Test func theLineOfAFaultIsGiven() {
    #expect {
      try parse("<plist>\n<dict>\n<key>a</key>\n<blink/>\n</dict></plist>")
    } throws: { error in
      (error as? PlistParseError)?.line == 4
    }
  }

  @Test func nestingIsLimited() throws {
    let deep = String(repeating: "<array>", count: PlistXMLReader.maximumDepth + 1)
    #expect(throws: PlistParseError.self) { try parse("<plist>\(deep)") }
    let fine =
      String(repeating: "<array>", count: 50) + String(repeating: "</array>", count: 50)
    #expect(try parse("<plist>\(fine)</plist>").value.array != nil)
  }

  /// An id written as this program writes ids is kept as the id; any other text, an id in
  /// lower case too, stays the text it was. Either way the file is written back byte for byte.
  @Test func idsAreKeptAsIdsAndWrittenBackAsTheyWere() throws {
    let upper = "0082C4AA-470A-480E-B9D8-FFEB2AB8A870"
    let id = try #require(UUID(uuidString: upper))
    let lower = upper.lowercased()
    let nearMiss = String(upper.dropLast()) + "G"
    let file = PlistXMLWriter.data(
      .array([.string(upper), .string(lower), .string(nearMiss), .string(upper + " ")]))
    let read = try PlistXMLReader.parse(file).value
    guard case .array(let items) = read, items.count == 4 else {
      Issue.record("\(read)")
      return
    }
    guard case .uuid(let kept) = items[0] else {
      Issue.record("\(items[0]) is not kept as an id")
      return
    }
    #expect(kept == id)
    for item in items.dropFirst() {
      guard case .string = item else {
        Issue.record("\(item) should stay a text")
        continue
      }
    }
    #expect(items.map(\.string) == [upper, lower, nearMiss, upper + " "])
    #expect(items.map(\.uuid) == [id, id, nil, nil])
    #expect(PlistXMLWriter.data(read) == file)
    #expect(PlistValue.uuid(id) == .string(upper))
    #expect(PlistValue.string(upper) == .uuid(id))
    #expect(PlistValue.uuid(id) != .string(lower))
    #expect(PlistValue.uuid(id) != .uuid(UUID()))
    // An id followed by a comment or a CDATA section, as a hand may write it, is still read.
    for tail in ["<!-- c -->", "<![CDATA[]]>", "<![CDATA[x]]>"] {
      let value = try parse(plist("<string>\(upper)\(tail)</string>")).value
      #expect(value.string == upper + (tail == "<![CDATA[x]]>" ? "x" : ""), "\(tail)")
    }
  }

  /// Random trees written by Foundation, tabs and all, read back as the same tree.
  @Test func randomTreesWrittenByFoundationReadBack() throws {
    var random = SeededRandom(seed: 20_261_203)
    for round in 0..<300 {
      let tree = Self.tree(depth: 0, random: &random)
      let data = try PropertyListSerialization.data(
        fromPropertyList: Self.foundationValue(tree), format: .xml, options: 0)
      let read = try PlistXMLReader.parse(data)
      #expect(read.value == tree, "round \(round)")
      // And what this program writes reads back too.
      #expect(try PlistXMLReader.parse(PlistXMLWriter.data(tree)).value == tree, "round \(round)")
    }
  }

  /// The writer puts keys in Swift's string order, ASCII or not, whatever order they were
  /// added in (a dictionary keeps the order of adding; sorting moves only positions).
  @Test func keysAreWrittenInStringOrder() throws {
    var random = SeededRandom(seed: 11)
    let letters = ["a", "B", "é", "e\u{301}", "Z", "0", "_", "ß", "日", "~", "ab", "A"]
    for _ in 0..<500 {
      var fields: PlistDictionary = [:]
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        let key = (0..<Int.random(in: 1...3, using: &random)).map { _ in
          letters.randomElement(using: &random) ?? ""
        }.joined()
        fields[key] = .integer(1)
      }
      let text = String(decoding: PlistXMLWriter.data(.dictionary(fields)), as: UTF8.self)
      let written = text.components(separatedBy: "<key>").dropFirst().map {
        String($0.prefix { $0 != "<" })
      }
      #expect(written == fields.keys.sorted(), "\(written)")
    }
  }

  /// Damaged bytes never trap, and a refusal always says where.
  @Test func damagedBytesNeverTrap() throws {
    var random = SeededRandom(seed: 7)
    let base = Array(PlistXMLWriter.data(Self.tree(depth: 0, random: &random)))
    for _ in 0..<3_000 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1: bytes.remove(at: at)
        default: bytes.removeSubrange(at..<min(bytes.count, at + 40))
        }
        if bytes.isEmpty { bytes = [0x3C] }
      }
      do {
        _ = try PlistXMLReader.parse(Data(bytes))
      } catch {
        #expect(error.line >= 1)
      }
    }
  }

  private static let texts = [
    "", "a", "Zoë", "<b>&amp;</b>", "  spaced  ", "lijn 1\nlijn 2", "]]>", "日本語",
    "een tekst die langer is dan vijftien bytes", "tab\there", "\"quote\" 'apos'",
    "0082C4AA-470A-480E-B9D8-FFEB2AB8A870", "0082c4aa-470a-480e-b9d8-ffeb2ab8a870",
    "0082C4AA-470A-480E-B9D8-FFEB2AB8A87G",
  ]

  private static func tree(depth: Int, random: inout SeededRandom) -> PlistValue {
    let kind = Int.random(in: 0..<(depth < 4 ? 9 : 6), using: &random)
    switch kind {
    case 0: return .string(texts.randomElement(using: &random) ?? "")
    case 1: return .integer(Int.random(in: -1_000_000...1_000_000, using: &random))
    case 2: return .bool(Bool.random(using: &random))
    case 3:
      return .date(
        Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000, using: &random))))
    case 4: return .data(Data((0..<Int.random(in: 0...40, using: &random)).map { UInt8($0) }))
    case 5: return .real(Double(Int.random(in: -1000...1000, using: &random)) / 4)
    case 6:
      return .array(
        (0..<Int.random(in: 0...5, using: &random)).map { _ in
          tree(depth: depth + 1, random: &random)
        })
    default:
      var fields: PlistDictionary = [:]
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        let key =
          (texts.randomElement(using: &random) ?? "") + "\(Int.random(in: 0...9, using: &random))"
        fields[key] = tree(depth: depth + 1, random: &random)
      }
      return .dictionary(fields)
    }
  }

  private static func foundationValue(_ value: PlistValue) -> Any {
    switch value {
    case .string(let text): return text
    case .uuid(let id): return id.text
    case .integer(let number): return number
    case .real(let number): return number
    case .bool(let flag): return flag
    case .date(let date): return date
    case .data(let bytes): return bytes
    case .array(let items): return items.map(foundationValue)
    case .dictionary(let fields):
      return Dictionary(
        fields.map { ($0.key, foundationValue($0.value)) }, uniquingKeysWith: { $1 })
    case .malformed(_, let text): return text
    // Only the writer makes a fragment; the random trees never hold one.
    case .written(let fragment): return Data(fragment.bytes)
    }
  }
}
