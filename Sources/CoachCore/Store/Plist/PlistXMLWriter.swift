import Foundation

/// Writes a `PlistValue` tree as an XML property list in the layout Foundation uses (keys
/// sorted, tabs), so that a file reads the same in a diff whichever wrote it last.
public enum PlistXMLWriter {
  public static func data(_ value: PlistValue) -> Data {
    // Bytes, not a String: appending to a String checks and grows it per piece, and a large
    // community's file is half a megabyte.
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    out.append(contentsOf: header.utf8)
    write(value, indent: 0, into: &out)
    out.append(contentsOf: "</plist>\n".utf8)
    return Data(out)
  }

  private static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">

    """

  private static func write(_ value: PlistValue, indent: Int, into out: inout [UInt8]) {
    func line(_ parts: String...) {
      out.append(contentsOf: repeatElement(UInt8(ascii: "\t"), count: indent))
      for part in parts { out.append(contentsOf: part.utf8) }
      out.append(UInt8(ascii: "\n"))
    }
    switch value {
    case .string(let text):
      out.append(contentsOf: repeatElement(UInt8(ascii: "\t"), count: indent))
      out.append(contentsOf: "<string>".utf8)
      appendEscaped(text, to: &out)
      out.append(contentsOf: "</string>\n".utf8)
    case .integer(let number):
      line("<integer>", String(number), "</integer>")
    case .real(let number):
      line("<real>\(number)</real>")
    case .bool(let flag):
      line(flag ? "<true/>" : "<false/>")
    case .date(let date):
      line("<date>", PlistDate.text(date), "</date>")
    case .data(let bytes):
      line("<data>", bytes.base64EncodedString(), "</data>")
    case .malformed(let element, let text):
      line("<\(element)>", escaped(text), "</\(element)>")
    case .array(let items):
      if items.isEmpty { return line("<array/>") }
      line("<array>")
      for item in items { write(item, indent: indent + 1, into: &out) }
      line("</array>")
    case .dictionary(let entries):
      if entries.isEmpty { return line("<dict/>") }
      line("<dict>")
      for key in entries.keys.sorted() {
        out.append(contentsOf: repeatElement(UInt8(ascii: "\t"), count: indent + 1))
        out.append(contentsOf: "<key>".utf8)
        appendEscaped(key, to: &out)
        out.append(contentsOf: "</key>\n".utf8)
        if let item = entries[key] { write(item, indent: indent + 1, into: &out) }
      }
      line("</dict>")
    }
  }

  /// `escaped(text)`, appended; a text with nothing to escape (nearly all) is copied as it is.
  private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
    let needsWork = text.utf8.contains { byte in
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
      case 0x09, 0x0A, 0x0D: false
      // Control characters, and 0xEF, under which U+FFFE and U+FFFF hide.
      case 0x00..<0x20, 0xEF: true
      default: false
      }
    }
    out.append(contentsOf: needsWork ? escaped(text).utf8 : text.utf8)
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
