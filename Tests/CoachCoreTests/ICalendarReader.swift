import Foundation
import Testing

/// Reads an iCalendar file the way the tests check it against RFC 5545: physical lines as
/// bytes, then unfolded content lines split into name, parameters and value.
struct ICalendarReader {
  struct ContentLine: Equatable {
    let name: String
    let parameters: [String]
    let value: String
  }

  struct Malformed: Error, CustomStringConvertible {
    let description: String
  }

  /// The physical lines, without their CRLF.
  let physicalLines: [[UInt8]]

  /// Fails unless every line ends in CRLF and no CR or LF appears anywhere else.
  init(_ text: String) throws {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes.suffix(2) == [13, 10] else {
      throw Malformed(description: "the file does not end with CRLF")
    }
    var lines: [[UInt8]] = []
    var current: [UInt8] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 13 {
        guard index + 1 < bytes.count, bytes[index + 1] == 10 else {
          throw Malformed(description: "a CR without LF on line \(lines.count + 1)")
        }
        lines.append(current)
        current = []
        index += 2
      } else if byte == 10 {
        throw Malformed(description: "a LF without CR on line \(lines.count + 1)")
      } else {
        current.append(byte)
        index += 1
      }
    }
    physicalLines = lines
  }

  /// The content lines: a physical line that starts with a space continues the previous one.
  func contentLines() throws -> [ContentLine] {
    var unfolded: [[UInt8]] = []
    for line in physicalLines {
      if line.first == 32 {
        guard !unfolded.isEmpty else { throw Malformed(description: "the file starts folded") }
        unfolded[unfolded.count - 1] += line.dropFirst()
      } else {
        unfolded.append(line)
      }
    }
    return try unfolded.map { bytes in
      guard let line = String(validating: bytes, as: UTF8.self) else {
        throw Malformed(description: "a content line is no UTF-8")
      }
      guard let colon = line.firstIndex(of: ":") else {
        throw Malformed(description: "no colon in \(line)")
      }
      let head = line[..<colon].split(separator: ";", omittingEmptySubsequences: false)
      return ContentLine(
        name: String(head[0]), parameters: head.dropFirst().map(String.init),
        value: String(line[line.index(after: colon)...]))
    }
  }

  /// The components as nested lists of their content lines: `VCALENDAR` with its `VEVENT`s.
  /// Fails when BEGIN and END do not pair up.
  static func components(_ lines: [ContentLine]) throws -> [(name: String, lines: [ContentLine])] {
    var components: [(name: String, lines: [ContentLine])] = []
    var open: [Int] = []
    for line in lines {
      switch line.name {
      case "BEGIN":
        components.append((line.value, []))
        open.append(components.count - 1)
      case "END":
        guard let index = open.last, components[index].name == line.value else {
          throw Malformed(description: "END:\(line.value) closes nothing open")
        }
        open.removeLast()
      default:
        guard let index = open.last else {
          throw Malformed(description: "\(line.name) outside any component")
        }
        components[index].lines.append(line)
      }
    }
    guard open.isEmpty else { throw Malformed(description: "a component is never closed") }
    return components
  }

  /// The text a TEXT value stands for: `\\`, `\;`, `\,` and `\n` read back; a lone `;` or
  /// `,`, or a backslash before anything else, is an error.
  static func unescape(_ value: String) throws -> String {
    var result = ""
    var escaping = false
    for character in value {
      if escaping {
        switch character {
        case "\\", ";", ",": result.append(character)
        case "n", "N": result.append("\n")
        default: throw Malformed(description: "\\\(character) is no escape")
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else if character == ";" || character == "," {
        throw Malformed(description: "unescaped \(character) in \(value)")
      } else {
        result.append(character)
      }
    }
    guard !escaping else { throw Malformed(description: "a trailing backslash in \(value)") }
    return result
  }
}
