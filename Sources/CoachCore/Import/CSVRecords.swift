/// One record of a CSV text: its fields and the physical line it starts on, so that a coach
/// can find a bad row in the spreadsheet even when a quoted field above it held line breaks.
struct CSVRecord: Equatable, Sendable {
  var line: Int
  var fields: [String]
  /// A quoted field was followed by more text before the separator (`"a"b`). RFC 4180 does
  /// not allow it; the row is reported rather than guessed at.
  var textAfterQuote = false
}

/// Splits text into records as RFC 4180 says: fields in double quotes may hold separators,
/// line breaks and doubled quotes (`""`); a line ends with CRLF, LF or a lone CR.
enum CSVRecords {
  enum Failure: Error, Equatable {
    /// A quote opened on `line` is never closed: every row after it would be misread.
    case unclosedQuote(line: Int)
  }

  static func split(_ text: String, separator: Unicode.Scalar) throws(Failure) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var record = CSVRecord(line: 1, fields: [])
    var field = String.UnicodeScalarView()
    var line = 1
    var quoted = false
    var afterQuote = false
    var fieldStarted = false
    // Scalars, not Characters: "\r\n" is one Character and would hide the line break.
    var scalars = Array(text.unicodeScalars)[...]
    func endField() {
      record.fields.append(String(field))
      field = String.UnicodeScalarView()
      afterQuote = false
      fieldStarted = false
    }
    func endRecord() {
      endField()
      records.append(record)
      record = CSVRecord(line: line, fields: [])
    }
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else if scalar == "\r", scalars.first == "\n" {
          // One line break in the cell, whichever way the file ends its lines.
          continue
        } else {
          if scalar == "\n" || scalar == "\r" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case separator:
        endField()
      case "\r", "\n":
        if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
        line += 1
        endRecord()
      case "\"" where !fieldStarted:
        quoted = true
        fieldStarted = true
      default:
        if afterQuote { record.textAfterQuote = true }
        field.append(scalar)
        fieldStarted = true
      }
    }
    if quoted { throw .unclosedQuote(line: record.line) }
    // A last line without a line break still counts; an empty end after one does not.
    if !record.fields.isEmpty || fieldStarted || !field.isEmpty { endRecord() }
    return records
  }
}
