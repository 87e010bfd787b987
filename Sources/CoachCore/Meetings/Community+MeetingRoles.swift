import Foundation

extension Community {
  /// Gives a meeting its roles; every member named must be one of the community's.
  public mutating func setRoles(_ roles: [MeetingRole: UUID], in meetingID: UUID) throws {
    if let stranger = roles.values.first(where: { member(withID: $0) == nil }) {
      throw CoachError.unknownMember(stranger.uuidString, community: name)
    }
    guard let index = meetings.firstIndex(where: { $0.id == meetingID }) else { return }
    meetings[index].roles = roles
  }

  /// Who takes each role next: the teacher still taking part who had it longest ago (never:
  /// first, then by name), nobody twice in one meeting.
  public func proposedRoles(for meetingID: UUID) -> [MeetingRole: UUID] {
    let ordered = meetingsInOrder
    let before = ordered.prefix { $0.id != meetingID }
    var candidates = activeMembers.filter { $0.role == .teacher }
      .sorted { NameOrder.ascending($0.name, $1.name) }
    var proposal: [MeetingRole: UUID] = [:]
    for role in MeetingRole.allCases {
      func lastTime(_ member: Member) -> Int {
        before.lastIndex { $0.roles[role] == member.id } ?? -1
      }
      guard let next = candidates.min(by: { lastTime($0) < lastTime($1) }) else { break }
      proposal[role] = next.id
      candidates.removeAll { $0.id == next.id }
    }
    return proposal
  }
}
