import Foundation

/// Writes a `PlistValue` tree as an XML property list in the layout Foundation uses (keys
/// sorted, tabs), so that a file reads the same in a diff whichever wrote it last.
public enum PlistXMLWriter {
  /// `expectedSize`: about how many bytes it will be, so the buffer is not grown and copied
  /// on the way (a large community's file is half a megabyte).
  public static func data(_ value: PlistValue, expectedSize: Int = 1 << 16) -> Data {
    // Bytes, not a String: appending to a String checks and grows it per piece.
    var out: [UInt8] = []
    out.reserveCapacity(expectedSize)
    out.append(contentsOf: header.utf8)
    write(value, indent: 0, into: &out)
    append("</plist>\n", to: &out)
    // One copy of the whole buffer; Data(out) takes it element by element.
    return out.withUnsafeBytes { Data($0) }
  }

  /// `value` written at the depth `indent`, to be written again later as it is.
  static func fragment(_ value: PlistValue, indent: Int) -> PlistFragment {
    var out: [UInt8] = []
    write(value, indent: indent, into: &out)
    return PlistFragment(bytes: out, indent: indent)
  }

  private static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">

    """

  private static func write(_ value: PlistValue, indent: Int, into out: inout [UInt8]) {
    // Each piece appended straight from its bytes: no array of parts per line.
    func tabs(_ count: Int) {
      for _ in 0..<count { out.append(UInt8(ascii: "\t")) }
    }
    func line(_ text: StaticString) {
      tabs(indent)
      text.withUTF8Buffer { out.append(contentsOf: $0) }
      out.append(UInt8(ascii: "\n"))
    }
    func element(_ open: StaticString, _ text: String, _ close: StaticString) {
      tabs(indent)
      open.withUTF8Buffer { out.append(contentsOf: $0) }
      appendBytes(of: text, to: &out)
      close.withUTF8Buffer { out.append(contentsOf: $0) }
      out.append(UInt8(ascii: "\n"))
    }
    switch value {
    case .string(let text):
      tabs(indent)
      append("<string>", to: &out)
      appendEscaped(text, to: &out)
      append("</string>\n", to: &out)
    case .uuid(let id):
      tabs(indent)
      append("<string>", to: &out)
      let end = out.count
      out.append(contentsOf: repeatElement(0, count: 36))
      out.withUnsafeMutableBufferPointer {
        id.writeText(into: UnsafeMutableBufferPointer(rebasing: $0[end...]))
      }
      append("</string>\n", to: &out)
    case .integer(let number):
      element("<integer>", String(number), "</integer>")
    case .real(let number):
      element("<real>", "\(number)", "</real>")
    case .bool(let flag):
      line(flag ? "<true/>" : "<false/>")
    case .date(let date):
      element("<date>", PlistDate.text(date), "</date>")
    case .data(let bytes):
      element("<data>", bytes.base64EncodedString(), "</data>")
    case .malformed(let name, let text):
      tabs(indent)
      appendBytes(of: "<\(name)>" + escaped(text) + "</\(name)>", to: &out)
      out.append(UInt8(ascii: "\n"))
    case .written(let fragment):
      // Made for this depth (`WrittenParts`); at another one only the tabs would differ.
      assert(fragment.indent == indent, "a written part is taken over at its own depth")
      out.append(contentsOf: fragment.bytes)
    case .array(let items):
      if items.isEmpty { return line("<array/>") }
      line("<array>")
      for item in items { write(item, indent: indent + 1, into: &out) }
      line("</array>")
    case .dictionary(let entries):
      if entries.isEmpty { return line("<dict/>") }
      line("<dict>")
      // Swift's own order; for ASCII keys (all this version writes) it compares bytes.
      for (key, item) in entries.sorted(byKey: <) {
        tabs(indent + 1)
        append("<key>", to: &out)
        appendEscaped(key, to: &out)
        append("</key>\n", to: &out)
        write(item, indent: indent + 1, into: &out)
      }
      line("</dict>")
    }
  }

  private static func append(_ text: StaticString, to out: inout [UInt8]) {
    text.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  private static func appendBytes(of text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  /// `escaped(text)`, appended; a text with nothing to escape (nearly all) is copied as it
  /// is, in one pass over its bytes.
  private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
    var text = text
    let needsWork = text.withUTF8 { bytes -> Bool in
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): return true
        case 0x09, 0x0A, 0x0D: continue
        // Control characters, and 0xEF, under which U+FFFE and U+FFFF hide.
        case 0x00..<0x20, 0xEF: return true
        default: continue
        }
      }
      out.append(contentsOf: bytes)
      return false
    }
    if needsWork { appendBytes(of: escaped(text), to: &out) }
  }

  /// XML text: the three markup characters escaped; control characters that XML 1.0 cannot
  /// hold (the model never stores them) become U+FFFD rather than an unreadable file.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
          result.unicodeScalars.append("\u{FFFD}")
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
