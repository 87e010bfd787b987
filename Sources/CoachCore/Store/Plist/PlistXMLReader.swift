import Foundation

/// Why a file is not a property list this program can read: the line and a short reason.
public struct PlistParseError: Error, Equatable, Sendable {
  public let line: Int
  public let reason: String
}

/// Reads an XML property list into a `PlistValue` tree. Written for hostile files: it never
/// traps, nests at most `maximumDepth` deep, keeps elements whose text does not fit their type
/// as `.malformed`, and tells what it had to overlook (duplicate keys, invalid UTF-8).
public struct PlistXMLReader {
  public static let maximumDepth = 200

  public struct Result: Equatable, Sendable {
    public var value: PlistValue
    /// Keys that occurred twice in one dictionary; the last one counts (as in Foundation).
    public var duplicateKeys: [String]
    /// Bytes that were not UTF-8, read as U+FFFD.
    public var hadInvalidText: Bool
  }

  public static func parse(_ data: Data) throws(PlistParseError) -> Result {
    // Read in place, not copied: every access below is checked against `bytes.count` first.
    let outcome: Swift.Result<Result, PlistParseError> = data.withUnsafeBytes { raw in
      var reader = PlistXMLReader(bytes: raw.assumingMemoryBound(to: UInt8.self))
      do throws(PlistParseError) {
        return .success(try reader.document())
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var duplicateKeys: [String] = []
  private var hadInvalidText = false

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The elements of a property list, told apart by their bytes (no string per tag: a large
  /// file has hundreds of thousands of them).
  private enum Element: Equatable {
    case dict, array, key, string, integer, real, date, data, yes, no, plist
    case unknown(Range<Int>)

    var name: StaticString {
      switch self {
      case .dict: "dict"
      case .array: "array"
      case .key: "key"
      case .string: "string"
      case .integer: "integer"
      case .real: "real"
      case .date: "date"
      case .data: "data"
      case .yes: "true"
      case .no: "false"
      case .plist: "plist"
      case .unknown: ""
      }
    }
  }

  // MARK: - Document

  private mutating func document() throws(PlistParseError) -> Result {
    if starts("\u{FEFF}") { index = 3 }
    if starts("bplist") {
      throw failure("a binary property list; vlgcoach reads and writes XML property lists")
    }
    try skipProlog()
    let value: PlistValue
    if startsTag("plist") {
      try skipTag()
      value = try self.value(depth: 0)
      try skipMisc()
      try expectEndTag("plist")
    } else {
      value = try self.value(depth: 0)
    }
    try skipMisc()
    guard index == bytes.count else { throw failure("text after the end of the property list") }
    return Result(value: value, duplicateKeys: duplicateKeys, hadInvalidText: hadInvalidText)
  }

  /// The XML declaration, the DOCTYPE, comments and white space before the first element.
  private mutating func skipProlog() throws(PlistParseError) {
    while true {
      skipWhitespace()
      if starts("<?") {
        try skip(past: "?>")
      } else if starts("<!--") {
        try skip(past: "-->")
      } else if starts("<!DOCTYPE") {
        try skipDoctype()
      } else {
        return
      }
    }
  }

  private mutating func skipDoctype() throws(PlistParseError) {
    var bracketDepth = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "[") { bracketDepth += 1 }
      if byte == UInt8(ascii: "]") { bracketDepth -= 1 }
      if byte == UInt8(ascii: ">") && bracketDepth <= 0 { return }
    }
    throw failure("the DOCTYPE does not end")
  }

  // MARK: - Values

  private mutating func value(depth: Int) throws(PlistParseError) -> PlistValue {
    guard depth < Self.maximumDepth else { throw failure("values nested too deeply") }
    try skipMisc()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "<") else {
      throw failure(index < bytes.count ? "text where a value was expected" : "the file ends early")
    }
    index += 1
    let element = readElement()
    let selfClosing = try endOfStartTag()
    switch element {
    case .dict:
      return selfClosing ? .dictionary([:]) : try dictionary(depth: depth)
    case .array:
      return selfClosing ? .array([]) : try array(depth: depth)
    case .yes, .no:
      if !selfClosing { _ = try text(until: element) }
      return .bool(element == .yes)
    case .string:
      return selfClosing ? .string("") : try stringValue()
    case .integer, .real, .date, .data:
      let content = selfClosing ? "" : try text(until: element)
      return scalar(element, content)
    case .unknown(let range) where range.isEmpty:
      throw failure("a broken tag")
    case .key, .plist, .unknown:
      throw failure("an unknown element <\(text(of: element).prefix(40))>")
    }
  }

  /// The name of an element, for a message.
  private func text(of element: Element) -> String {
    guard case .unknown(let range) = element else { return "\(element.name)" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  private func scalar(_ element: Element, _ content: String) -> PlistValue {
    let trimmed =
      content.utf8.first.map(Self.isSpace) == false && content.utf8.last.map(Self.isSpace) == false
      ? content : content.trimmingCharacters(in: .whitespacesAndNewlines)
    switch element {
    case .integer:
      if let value = Int(trimmed) { return .integer(value) }
    case .real:
      if let value = Double(trimmed) { return .real(value) }
    case .date:
      if let value = PlistDate.date(trimmed) { return .date(value) }
    default:
      let compact = trimmed.filter { !$0.isWhitespace }
      if let value = Data(base64Encoded: compact) { return .data(value) }
    }
    return .malformed(element: text(of: element), text: content)
  }

  private mutating func dictionary(depth: Int) throws(PlistParseError) -> PlistValue {
    var result: PlistDictionary = [:]
    // A stored record has a handful of keys: room for them at once, not grown step by step.
    result.reserveCapacity(8)
    while true {
      try skipMisc()
      if startsEndTag("dict") {
        try expectEndTag("dict")
        return .dictionary(result)
      }
      guard startsTag("key") else { throw failure("a dictionary entry without its <key>") }
      index += 1
      _ = readElement()
      let key = try endOfStartTag() ? "" : try text(until: .key)
      let value = try self.value(depth: depth + 1)
      if result.updateValue(value, forKey: key) != nil, !duplicateKeys.contains(key) {
        duplicateKeys.append(key)
      }
    }
  }

  private mutating func array(depth: Int) throws(PlistParseError) -> PlistValue {
    var result: [PlistValue] = []
    while true {
      try skipMisc()
      if startsEndTag("array") {
        try expectEndTag("array")
        return .array(result)
      }
      result.append(try value(depth: depth + 1))
    }
  }

  // MARK: - Text

  /// A `<string>`'s text; one that is an id written as this program writes them is kept as
  /// the id (see `PlistValue.uuid`).
  private mutating func stringValue() throws(PlistParseError) -> PlistValue {
    let start = index
    let end = firstMarkupOrEntity(from: start)
    if end - start == 36, end < bytes.count, bytes[end] == UInt8(ascii: "<"),
      !startsMarkup(at: end),
      let id = UUID.parsingExactText(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    {
      index = end
      try expectEndTag("string")
      return .uuid(id)
    }
    return .string(try text(until: .string, plainEnd: end))
  }

  /// The text up to `</name>`, with entities and CDATA sections resolved.
  private mutating func text(until element: Element) throws(PlistParseError) -> String {
    try text(until: element, plainEnd: firstMarkupOrEntity(from: index))
  }

  /// The same, with where the first `<` or `&` is already looked up.
  private mutating func text(
    until element: Element, plainEnd end: Int
  ) throws(PlistParseError) -> String {
    let name = element.name
    // Most texts have no entity and no CDATA: taken from the bytes as they are, at once.
    let start = index
    if end < bytes.count, bytes[end] == UInt8(ascii: "<"), !startsMarkup(at: end) {
      index = end
      try expectEndTag(name)
      return decodeUTF8(start..<end)
    }
    var out: [UInt8] = Array(bytes[start..<end])
    index = end
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        if starts("<![CDATA[") {
          index += 9
          let start = index
          try skip(past: "]]>")
          out.append(contentsOf: bytes[start..<(index - 3)])
          continue
        }
        if starts("<!--") {
          try skip(past: "-->")
          continue
        }
        try expectEndTag(name)
        return decodeUTF8(out)
      }
      if byte == UInt8(ascii: "&") {
        appendEntity(to: &out)
        continue
      }
      out.append(byte)
      index += 1
    }
    throw failure("the file ends inside <\(text(of: element))>")
  }

  /// Where the first `<` or `&` from `start` is, else the end of the bytes. Long texts (the
  /// minutes) are most of a file's bytes: searched by `memchr`, many bytes at a time.
  private func firstMarkupOrEntity(from start: Int) -> Int {
    guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
    let from = UnsafeRawPointer(base + start)
    let tag = memchr(from, Int32(UInt8(ascii: "<")), bytes.count - start)
    let end = tag.map { from.distance(to: UnsafeRawPointer($0)) + start } ?? bytes.count
    guard let entity = memchr(from, Int32(UInt8(ascii: "&")), end - start) else { return end }
    return from.distance(to: UnsafeRawPointer(entity)) + start
  }

  /// `<!` at `position`: a CDATA section or a comment inside a text.
  private func startsMarkup(at position: Int) -> Bool {
    position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "!")
  }

  private mutating func decodeUTF8(_ range: Range<Int>) -> String {
    let text = UnsafeBufferPointer(rebasing: bytes[range])
    // ASCII is valid UTF-8 as it is: decoding it cannot repair anything.
    if Self.isASCII(text) { return String(decoding: text, as: UTF8.self) }
    return decodeRepairing(text)
  }

  /// Decoding replaces what is not UTF-8; the bytes differ from the text's exactly then.
  /// (`String(validating:)` takes a slow generic path here, several times this one.)
  private mutating func decodeRepairing(_ text: UnsafeBufferPointer<UInt8>) -> String {
    var decoded = String(decoding: text, as: UTF8.self)
    let unchanged = decoded.withUTF8 { bytes in
      guard bytes.count == text.count, let decodedStart = bytes.baseAddress,
        let readStart = text.baseAddress
      else { return bytes.count == text.count }
      return memcmp(decodedStart, readStart, text.count) == 0
    }
    if !unchanged { hadInvalidText = true }
    return decoded
  }

  /// Eight bytes at a time: the minutes are long.
  private static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let raw = UnsafeRawBufferPointer(text)
    let words = raw.count / 8
    var seen: UInt64 = 0
    for word in 0..<words {
      seen |= raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
    }
    for byte in raw[(words * 8)...] { seen |= UInt64(byte) }
    return seen & 0x8080_8080_8080_8080 == 0
  }

  /// `&amp;` and its kin, `&#233;` and `&#xE9;`; anything else stays as it was written.
  private mutating func appendEntity(to out: inout [UInt8]) {
    let start = index
    var end = index + 1
    while end < bytes.count, end - start < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
      out.append(bytes[index])
      index += 1
      return
    }
    let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    var scalar: Unicode.Scalar?
    switch name {
    case "amp": scalar = "&"
    case "lt": scalar = "<"
    case "gt": scalar = ">"
    case "quot": scalar = "\""
    case "apos": scalar = "'"
    default:
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        scalar = UInt32(name.dropFirst(2), radix: 16).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
      } else if name.hasPrefix("#") {
        scalar = UInt32(name.dropFirst(1)).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
      }
    }
    guard let scalar else {
      out.append(bytes[index])
      index += 1
      return
    }
    out.append(contentsOf: Array(String(Character(scalar)).utf8))
    index = end + 1
  }

  private mutating func decodeUTF8(_ text: [UInt8]) -> String {
    text.withUnsafeBufferPointer { decodeRepairing($0) }
  }

  // MARK: - Tags

  private func starts(_ text: StaticString) -> Bool { matches(text, at: index) }

  /// Whether `text` stands at `position`, byte for byte.
  @inline(__always)
  private func matches(_ text: StaticString, at position: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard position >= 0, position + count <= bytes.count else { return false }
    let pattern = text.utf8Start
    for offset in 0..<count where bytes[position + offset] != pattern[offset] {
      return false
    }
    return true
  }

  /// `<name` followed by `>`, `/` or white space.
  private func startsTag(_ name: StaticString) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "<"), matches(name, at: index + 1)
    else { return false }
    let after = index + 1 + name.utf8CodeUnitCount
    guard after < bytes.count else { return false }
    switch bytes[after] {
    case UInt8(ascii: ">"), UInt8(ascii: "/"), 32, 9, 10, 13: return true
    default: return false
    }
  }

  private func startsEndTag(_ name: StaticString) -> Bool {
    index + 1 < bytes.count && bytes[index] == UInt8(ascii: "<")
      && bytes[index + 1] == UInt8(ascii: "/") && matches(name, at: index + 2)
  }

  private mutating func expectEndTag(_ name: StaticString) throws(PlistParseError) {
    guard startsEndTag(name) else { throw failure("<\(name)> is not closed") }
    index += 2 + name.utf8CodeUnitCount
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
      throw failure("a broken </\(name)>")
    }
    index += 1
  }

  /// The element whose name starts at `index`, which is moved past the name.
  private mutating func readElement() -> Element {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      let isNameByte =
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
      guard isNameByte else { break }
      index += 1
    }
    guard start < index else { return .unknown(start..<index) }
    // By first byte and length, then the whole name: one comparison for nearly every tag.
    let candidate: Element? =
      switch (bytes[start], index - start) {
      case (UInt8(ascii: "s"), 6): .string
      case (UInt8(ascii: "k"), 3): .key
      case (UInt8(ascii: "i"), 7): .integer
      case (UInt8(ascii: "a"), 5): .array
      case (UInt8(ascii: "t"), 4): .yes
      case (UInt8(ascii: "f"), 5): .no
      case (UInt8(ascii: "r"), 4): .real
      case (UInt8(ascii: "p"), 5): .plist
      case (UInt8(ascii: "d"), 4):
        matches("dict", at: start) ? .dict : matches("date", at: start) ? .date : .data
      default: nil
      }
    guard let candidate, matches(candidate.name, at: start) else { return .unknown(start..<index) }
    return candidate
  }

  /// Skips the attributes up to `>` or `/>`; true when the element closed itself.
  private mutating func endOfStartTag() throws(PlistParseError) -> Bool {
    var quote: UInt8?
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if let open = quote {
        if byte == open { quote = nil }
        continue
      }
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return index >= 2 && bytes[index - 2] == UInt8(ascii: "/")
      } else if byte == UInt8(ascii: "<") {
        break
      }
    }
    throw failure("a tag that does not end")
  }

  private mutating func skipTag() throws(PlistParseError) {
    index += 1
    _ = readElement()
    _ = try endOfStartTag()
  }

  private mutating func skipMisc() throws(PlistParseError) {
    while true {
      skipWhitespace()
      // Nearly always a tag: its second byte tells it from a comment.
      guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), starts("<!--")
      else { return }
      try skip(past: "-->")
    }
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 32, 9, 10, 13: index += 1
      default: return
      }
    }
  }

  private mutating func skip(past terminator: StaticString) throws(PlistParseError) {
    let first = terminator.utf8Start.pointee
    while index < bytes.count {
      if bytes[index] == first, starts(terminator) {
        index += terminator.utf8CodeUnitCount
        return
      }
      index += 1
    }
    throw failure("the file ends early")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte >= 0x80
  }

  private func failure(_ reason: String) -> PlistParseError {
    let end = min(index, bytes.count)
    let line = 1 + bytes[..<end].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    return PlistParseError(line: line, reason: reason)
  }
}
