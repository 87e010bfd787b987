import Foundation

/// What an import did: the members added, and the rows left out because the community
/// already has a member of that name.
public struct MemberImportResult: Equatable, Sendable {
  public let added: [Member]
  public let alreadyMembers: [MemberCSV.Row]
}

extension Community {
  /// Adds every member of a CSV file, or none: when any row is bad, nothing changes and
  /// every bad row is reported.
  ///
  /// A row naming a member the community already has is left out and reported, not an
  /// error: a coach imports the school's list again after it gained a few teachers, and
  /// the members already here may carry changes made in vlgcoach that the list does not
  /// have. A name twice in the file is an error: which of the two rows is meant is a guess.
  public mutating func importMembers(_ data: Data, today: CalendarDay)
    throws(MemberImportError) -> MemberImportResult
  {
    let sheet = try MemberCSV.read(data)
    var problems = sheet.problems
    var firstLines: [(name: String, line: Int)] = []
    var fresh: [MemberCSV.Row] = []
    var alreadyMembers: [MemberCSV.Row] = []
    for row in sheet.rows {
      let name = TextCleaning.line(row.draft.name)
      if name.isEmpty {
        problems.append(MemberImportProblem(line: row.line, .emptyName))
      } else if let first = firstLines.first(where: { Member.sameName($0.name, name) }) {
        problems.append(
          MemberImportProblem(line: row.line, .repeatedInFile(name: name, firstLine: first.line)))
      } else {
        firstLines.append((name, row.line))
        if hasMember(named: name) { alreadyMembers.append(row) } else { fresh.append(row) }
      }
    }
    var changed = self
    var added: [Member] = []
    if problems.isEmpty {
      for row in fresh {
        do {
          added.append(try changed.addMember(row.draft, today: today))
        } catch {
          // The checks above cover the rules of addMember; should one be added there, its
          // row is still reported rather than half a file imported.
          // addMember throws only CoachError; anything else would be read as an empty name.
          let rule = error as? CoachError ?? .emptyMemberName
          problems.append(MemberImportProblem(line: row.line, .rule(rule)))
        }
      }
    }
    guard problems.isEmpty else {
      throw MemberImportError(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
    self = changed
    return MemberImportResult(added: added, alreadyMembers: alreadyMembers)
  }
}
