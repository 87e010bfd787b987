import Foundation

/// Writes a `PlistValue` tree as an XML property list in the layout Foundation uses (keys
/// sorted, tabs), so that a file reads the same in a diff whichever wrote it last.
public enum PlistXMLWriter {
  public static func data(_ value: PlistValue) -> Data {
    var out = header
    write(value, indent: 0, into: &out)
    out += "</plist>\n"
    return Data(out.utf8)
  }

  private static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">

    """

  private static func write(_ value: PlistValue, indent: Int, into out: inout String) {
    let tabs = String(repeating: "\t", count: indent)
    switch value {
    case .string(let text):
      out += tabs + "<string>" + escaped(text) + "</string>\n"
    case .integer(let number):
      out += tabs + "<integer>\(number)</integer>\n"
    case .real(let number):
      out += tabs + "<real>\(number)</real>\n"
    case .bool(let flag):
      out += tabs + (flag ? "<true/>\n" : "<false/>\n")
    case .date(let date):
      out += tabs + "<date>" + PlistDate.text(date) + "</date>\n"
    case .data(let bytes):
      out += tabs + "<data>" + bytes.base64EncodedString() + "</data>\n"
    case .malformed(let element, let text):
      out += tabs + "<\(element)>" + escaped(text) + "</\(element)>\n"
    case .array(let items):
      if items.isEmpty {
        out += tabs + "<array/>\n"
        return
      }
      out += tabs + "<array>\n"
      for item in items { write(item, indent: indent + 1, into: &out) }
      out += tabs + "</array>\n"
    case .dictionary(let entries):
      if entries.isEmpty {
        out += tabs + "<dict/>\n"
        return
      }
      out += tabs + "<dict>\n"
      for key in entries.keys.sorted() {
        out += tabs + "\t<key>" + escaped(key) + "</key>\n"
        if let item = entries[key] { write(item, indent: indent + 1, into: &out) }
      }
      out += tabs + "</dict>\n"
    }
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
