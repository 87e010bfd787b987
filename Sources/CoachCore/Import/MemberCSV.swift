import Foundation

/// Reads the members of a CSV file with a header row: name, school, role and the day they
/// joined, titled in Dutch or English in any case (naam/name, school, rol/role, lid
/// sinds/member since). Only the name column is required; without a day, a member joins on
/// the day of the import. The reader checks the form of each row; the rules of a community (a name,
/// no doubles) are checked by `Community.importMembers`.
public enum MemberCSV {
  public struct Row: Equatable, Sendable {
    /// The physical line the row starts on.
    public let line: Int
    public let draft: MemberDraft
  }

  public struct Sheet: Equatable, Sendable {
    public let rows: [Row]
    /// Rows that are malformed; they are not in `rows`.
    public let problems: [MemberImportProblem]
  }

  enum Column: Equatable {
    case name, school, role, joined
    /// An empty title: Excel writes one for every trailing empty column.
    case ignored
  }

  /// Throws for a problem of the whole file (not UTF-8, empty, a bad header, an unclosed
  /// quote); a bad row is in the sheet's problems, so that all of them are reported at once.
  public static func read(_ data: Data) throws(MemberImportError) -> Sheet {
    let text = try decode(data)
    guard !text.allSatisfy(\.isWhitespace) else {
      throw MemberImportError([MemberImportProblem(line: nil, .emptyFile)])
    }
    let records: [CSVRecord]
    do throws(CSVRecords.Failure) {
      records = try CSVRecords.split(text, separator: separator(of: text))
    } catch {
      switch error {
      case .unclosedQuote(let line):
        throw MemberImportError([MemberImportProblem(line: line, .unclosedQuote)])
      }
    }
    guard let header = records.first else {
      throw MemberImportError([MemberImportProblem(line: nil, .emptyFile)])
    }
    let columns = try self.columns(header)
    var rows: [Row] = []
    var problems: [MemberImportProblem] = []
    // Excel writes rows of empty fields below the data; they are no members.
    for record in records.dropFirst() where !record.fields.allSatisfy(isBlank) {
      switch row(record, columns) {
      case .success(let row): rows.append(row)
      case .failure(let problem): problems.append(problem)
      }
    }
    if rows.isEmpty && problems.isEmpty {
      throw MemberImportError([MemberImportProblem(line: nil, .noRows)])
    }
    return Sheet(rows: rows, problems: problems)
  }

  /// UTF-8 with or without the byte order mark Excel writes.
  static func decode(_ data: Data) throws(MemberImportError) -> String {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw MemberImportError([MemberImportProblem(line: nil, .invalidUTF8)])
    }
    return text
  }

  /// Flemish Excel writes `;` (the comma is the decimal sign there), others `,`: whichever
  /// the header line holds more of. A header of one column holds neither; then it is `,`.
  static func separator(of text: String) -> Unicode.Scalar {
    let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
    let semicolons = firstLine.filter { $0 == ";" }.count
    let commas = firstLine.filter { $0 == "," }.count
    return semicolons > commas ? ";" : ","
  }

  static func columns(_ header: CSVRecord) throws(MemberImportError) -> [Column] {
    var columns: [Column] = []
    for title in header.fields {
      let column: Column
      switch title.trimmingCharacters(in: .whitespaces).lowercased() {
      case "naam", "name": column = .name
      case "school": column = .school
      case "rol", "role": column = .role
      case "lid sinds", "member since", "joined": column = .joined
      case "": column = .ignored
      default:
        throw MemberImportError([MemberImportProblem(line: header.line, .unknownColumn(title))])
      }
      if column != .ignored && columns.contains(column) {
        throw MemberImportError([MemberImportProblem(line: header.line, .repeatedColumn(title))])
      }
      columns.append(column)
    }
    guard columns.contains(.name) else {
      throw MemberImportError([MemberImportProblem(line: header.line, .noNameColumn)])
    }
    return columns
  }

  static func row(_ record: CSVRecord, _ columns: [Column]) -> Result<Row, MemberImportProblem> {
    if record.textAfterQuote {
      return .failure(MemberImportProblem(line: record.line, .textAfterQuote))
    }
    // Fields past the last column are allowed only when empty (trailing separators).
    if record.fields.dropFirst(columns.count).contains(where: { !isBlank($0) }) {
      return .failure(
        MemberImportProblem(line: record.line, .tooManyFields(columns: columns.count)))
    }
    var draft = MemberDraft(name: "")
    for (column, field) in zip(columns, record.fields) {
      switch column {
      case .name: draft.name = field
      case .school: draft.school = field
      case .ignored: break
      case .role:
        let word = field.trimmingCharacters(in: .whitespaces)
        if word.isEmpty { continue }
        guard let role = MemberRole(word: word) else {
          return .failure(MemberImportProblem(line: record.line, .unknownRole(word)))
        }
        draft.role = role
      case .joined:
        let text = field.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { continue }
        guard let day = CalendarDay(iso: text) else {
          return .failure(MemberImportProblem(line: record.line, .invalidJoinedDay(text)))
        }
        draft.joinedOn = day
      }
    }
    return .success(Row(line: record.line, draft: draft))
  }

  static func isBlank(_ field: String) -> Bool {
    field.allSatisfy(\.isWhitespace)
  }
}
