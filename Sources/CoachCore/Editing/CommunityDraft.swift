import Foundation

/// What a coach fills in for a community, before it is checked and applied.
public struct CommunityDraft: Equatable, Sendable {
  public var name: String
  public var subject: String
  public var schools: [String]

  public init(name: String, subject: String = "", schools: [String] = []) {
    self.name = name
    self.subject = subject
    self.schools = schools
  }

  public init(_ community: Community) {
    self.init(name: community.name, subject: community.subject, schools: community.schools)
  }

  /// The cleaned draft, or the rule it breaks. `otherNames` are the names of the other
  /// communities: names must be unique because the command line finds communities by name.
  public func validated(otherNames: [String]) throws -> CommunityDraft {
    let name = TextCleaning.line(name)
    guard !name.isEmpty else { throw CoachError.emptyCommunityName }
    if otherNames.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
      throw CoachError.duplicateCommunityName(name)
    }
    return CommunityDraft(
      name: name, subject: TextCleaning.line(subject),
      schools: schools.map(TextCleaning.line).filter { !$0.isEmpty })
  }
}

extension Community {
  /// A new community in phase 1 (or `phase`) from a checked draft.
  public static func create(
    _ draft: CommunityDraft, otherNames: [String], phase: Phase = .engageSchoolLeaders,
    today: CalendarDay, now: Date, id: UUID = UUID()
  ) throws -> Community {
    let clean = try draft.validated(otherNames: otherNames)
    return Community(
      id: id, name: clean.name, subject: clean.subject, schools: clean.schools, phase: phase,
      since: today, created: now)
  }

  public mutating func apply(_ draft: CommunityDraft, otherNames: [String]) throws {
    let clean = try draft.validated(otherNames: otherNames)
    name = clean.name
    subject = clean.subject
    schools = clean.schools
  }
}
