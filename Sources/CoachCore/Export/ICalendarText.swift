/// The text rules of iCalendar (RFC 5545, sections 3.1 and 3.3.11).
enum ICalendarText {
  /// A TEXT value: backslash, `;` and `,` escaped, every line break as `\n`; tabs become
  /// spaces and other control characters are dropped (TEXT allows none).
  static func escape(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n" where previousWasCarriageReturn:
        continue
      case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}":
        result.append(contentsOf: "\\n".unicodeScalars)
      case "\\", ";", ",":
        result.append("\\")
        result.append(scalar)
      case "\t":
        result.append(" ")
      default:
        if TextCleaning.isAllowed(scalar) { result.append(scalar) }
      }
    }
    return String(result)
  }

  /// The most octets on one physical line, without its CRLF.
  static let maximumOctets = 75

  /// A content line folded into physical lines of at most 75 octets, each ended by CRLF; a
  /// continuation line starts with one space. A multi-byte character is never split.
  static func fold(_ line: String) -> String {
    var result = ""
    var current = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = UTF8.width(scalar)
      if octets + size > maximumOctets {
        result += current + "\r\n"
        current = " "
        octets = 1
      }
      current.unicodeScalars.append(scalar)
      octets += size
    }
    return result + current + "\r\n"
  }
}
