/// Why a member file cannot be imported, with the physical line it is about when there is one.
public struct MemberImportProblem: Error, Equatable, Sendable {
  public enum Reason: Equatable, Sendable {
    case invalidUTF8
    case emptyFile
    case noNameColumn
    case unknownColumn(String)
    case repeatedColumn(String)
    case noRows
    case unclosedQuote
    case textAfterQuote
    case tooManyFields(columns: Int)
    case emptyName
    case unknownRole(String)
    case invalidJoinedDay(String)
    case repeatedInFile(name: String, firstLine: Int)
    /// A rule of `addMember` that the import's own checks did not foresee.
    case rule(CoachError)
  }

  /// The line the row starts on in the file; nil for a problem of the whole file.
  public let line: Int?
  public let reason: Reason

  public init(line: Int?, _ reason: Reason) {
    self.line = line
    self.reason = reason
  }

  public func message(_ language: Language) -> String {
    let nl = language == .nl
    switch reason {
    case .invalidUTF8:
      return nl
        ? "het bestand is geen UTF-8-tekst; bewaar het als “CSV UTF-8”."
        : "the file is not UTF-8 text; save it as “CSV UTF-8”."
    case .emptyFile:
      return nl
        ? "het bestand is leeg; de eerste regel noemt de kolommen naam, school en rol."
        : "the file is empty; its first line names the columns name, school and role."
    case .noNameColumn:
      return nl
        ? "de eerste regel noemt geen kolom naam (of name)."
        : "the first line names no column name (or naam)."
    case .unknownColumn(let title):
      return nl
        ? "onbekende kolom “\(title)”; de kolommen zijn naam, school, rol en lid sinds."
        : "unknown column “\(title)”; the columns are name, school, role and member since."
    case .repeatedColumn(let title):
      return nl ? "de kolom “\(title)” staat er twee keer." : "the column “\(title)” appears twice."
    case .noRows:
      return nl
        ? "het bestand heeft kolomnamen maar geen leden."
        : "the file has column names but no members."
    case .unclosedQuote:
      return nl
        ? "een aanhalingsteken wordt nergens gesloten."
        : "a quotation mark is never closed."
    case .textAfterQuote:
      return nl
        ? "tekst na een gesloten aanhalingsteken; schrijf een \" in een veld als \"\"."
        : "text after a closing quotation mark; write a \" inside a field as \"\"."
    case .tooManyFields(let columns):
      return nl
        ? "meer velden dan de \(columns) kolommen."
        : "more fields than the \(columns) columns."
    case .emptyName:
      return nl ? "geen naam." : "no name."
    case .unknownRole(let text):
      return nl
        ? "“\(text)” is geen rol; kies teacher, leader, adviser of coach (leeg is teacher)."
        : "“\(text)” is not a role; choose teacher, leader, adviser or coach (empty is teacher)."
    case .invalidJoinedDay(let text):
      return nl
        ? "“\(text)” is geen datum; schrijf lid sinds als JJJJ-MM-DD (leeg is vandaag)."
        : "“\(text)” is not a date; write member since as YYYY-MM-DD (empty is today)."
    case .repeatedInFile(let name, let firstLine):
      return nl
        ? "“\(name)” staat ook al op regel \(firstLine)."
        : "“\(name)” is on line \(firstLine) already."
    case .rule(let error):
      return error.message(language)
    }
  }
}

/// Every problem of a member file; nothing of it was imported.
public struct MemberImportError: Error, Equatable, Sendable {
  public let problems: [MemberImportProblem]

  public init(_ problems: [MemberImportProblem]) {
    self.problems = problems
  }
}
